package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;

/**
 * A {@code trade} event, spot or futures, in reusable storage; fields carry their wire names. The buyer and
 * seller order ids {@code b}/{@code a} were removed by Binance in June 2024 and are {@link #NO_ID} when absent.
 * Not thread safe.
 */
public final class Trade extends AbstractTrade
{
    /** Value of an optional id that was absent. */
    public static final long NO_ID = -1;

    private static final int MAX_ORDER_TYPE = 32;

    private final byte[] orderType = new byte[MAX_ORDER_TYPE];
    int orderTypeLength;

    /** Creates an empty trade; the decoder fills it. */
    public Trade()
    {
        super(NO_ID);
    }

    @Override
    void clear()
    {
        super.clear();
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

    /** @return {@code t}: trade id; contiguous (+1 per trade) on spot, so a jump means lost trades. */
    public long t()
    {
        return ids[0];
    }

    /** @return {@code b}: buyer order id, or {@link #NO_ID} (removed by Binance in 2024). */
    public long b()
    {
        return ids[1];
    }

    /** @return {@code a}: seller order id, or {@link #NO_ID} (removed by Binance in 2024). */
    public long a()
    {
        return ids[2];
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
        return "Trade[symbol#" + symbolIndex + " t=" + ids[0] + " p=" + price + " q=" + qty + " m=" + buyerIsMaker +
            "]";
    }
}
