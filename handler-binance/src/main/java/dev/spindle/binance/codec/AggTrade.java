package dev.spindle.binance.codec;

/**
 * An {@code aggTrade} event (trades of one taker order at one price), in reusable storage; fields carry their wire
 * names. Not thread safe.
 */
public final class AggTrade
{
    int symbolIndex = SymbolTable.NOT_FOUND;
    long eventTimeMs;
    long tradeTimeMs;
    long aggregateId;
    long price;
    long qty;
    long firstTradeId;
    long lastTradeId;
    boolean buyerIsMaker;

    void clear()
    {
        symbolIndex = SymbolTable.NOT_FOUND;
        eventTimeMs = 0;
        tradeTimeMs = 0;
        aggregateId = 0;
        price = 0;
        qty = 0;
        firstTradeId = 0;
        lastTradeId = 0;
        buyerIsMaker = false;
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

    /** @return {@code a}: aggregate trade id. */
    public long a()
    {
        return aggregateId;
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

    /** @return {@code f}: first trade id aggregated. */
    public long f()
    {
        return firstTradeId;
    }

    /** @return {@code l}: last trade id aggregated. */
    public long l()
    {
        return lastTradeId;
    }

    /** @return {@code m}: true if the buyer was the maker, i.e. the aggressor sold. */
    public boolean m()
    {
        return buyerIsMaker;
    }

    @Override
    public String toString()
    {
        return "AggTrade[symbol#" + symbolIndex + " a=" + aggregateId + " p=" + price + " q=" + qty + " f=" +
            firstTradeId + " l=" + lastTradeId + "]";
    }
}
