package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;

/**
 * A {@code trade} event, spot or futures, in reusable storage; fields carry their wire names. The buyer and
 * seller order ids {@code b}/{@code a} were removed by Binance in June 2024 and are {@link #NO_ID} when absent.
 * Not thread safe.
 */
public final class Trade
{
    /** Value of an optional id that was absent. */
    public static final long NO_ID = -1;

    private static final int MAX_ORDER_TYPE = 32;

    private final byte[] orderType = new byte[MAX_ORDER_TYPE];
    int symbolIndex = SymbolTable.NOT_FOUND;
    long eventTimeMs;
    long tradeTimeMs;
    long tradeId;
    long price;
    long qty;
    long buyerOrderId = NO_ID;
    long sellerOrderId = NO_ID;
    boolean buyerIsMaker;
    int orderTypeLength;

    void clear()
    {
        symbolIndex = SymbolTable.NOT_FOUND;
        eventTimeMs = 0;
        tradeTimeMs = 0;
        tradeId = 0;
        price = 0;
        qty = 0;
        buyerOrderId = NO_ID;
        sellerOrderId = NO_ID;
        buyerIsMaker = false;
        orderTypeLength = 0;
    }

    /** Copy the futures order type bytes; longer values are an error of the caller. */
    void orderType(final byte[] buf, final int off, final int len)
    {
        System.arraycopy(buf, off, orderType, 0, len);
        orderTypeLength = len;
    }

    static boolean orderTypeFits(final int len)
    {
        return len <= MAX_ORDER_TYPE;
    }

    /** @return index of the symbol in the {@link SymbolTable}. */
    public int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return {@code E}: event time, ms. */
    public long E()
    {
        return eventTimeMs;
    }

    /** @return {@code T}: trade time, ms. */
    public long T()
    {
        return tradeTimeMs;
    }

    /** @return {@code t}: trade id; contiguous (+1 per trade) on spot, so a jump means lost trades. */
    public long t()
    {
        return tradeId;
    }

    /** @return {@code p}: price mantissa at the instrument's price scale. */
    public long p()
    {
        return price;
    }

    /** @return {@code q}: quantity mantissa at the instrument's quantity scale. */
    public long q()
    {
        return qty;
    }

    /** @return {@code b}: buyer order id, or {@link #NO_ID} (removed by Binance in 2024). */
    public long b()
    {
        return buyerOrderId;
    }

    /** @return {@code a}: seller order id, or {@link #NO_ID} (removed by Binance in 2024). */
    public long a()
    {
        return sellerOrderId;
    }

    /** @return {@code m}: true if the buyer was the maker, i.e. the aggressor sold. */
    public boolean m()
    {
        return buyerIsMaker;
    }

    /** @return true if the futures order type {@code X} was present. */
    public boolean hasX()
    {
        return orderTypeLength > 0;
    }

    /** @return {@code X}: futures order type (e.g. {@code MARKET}), "" when absent; allocates. */
    public String X()
    {
        return new String(orderType, 0, orderTypeLength, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString()
    {
        return "Trade[symbol#" + symbolIndex + " t=" + tradeId + " p=" + price + " q=" + qty + " m=" + buyerIsMaker +
            "]";
    }
}
