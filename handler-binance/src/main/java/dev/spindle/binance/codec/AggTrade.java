package dev.spindle.binance.codec;

/**
 * An {@code aggTrade} event (trades of one taker order at one price), in reusable storage; fields carry their wire
 * names. Not thread safe.
 */
public final class AggTrade extends AbstractTrade
{
    long aggregateId;
    long firstTradeId;
    long lastTradeId;

    @Override
    void clear()
    {
        super.clear();
        aggregateId = 0;
        firstTradeId = 0;
        lastTradeId = 0;
    }

    /** @return {@code a}: aggregate trade id. */
    public long a()
    {
        return aggregateId;
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

    @Override
    public String toString()
    {
        return "AggTrade[symbol#" + symbolIndex + " a=" + aggregateId + " p=" + price + " q=" + qty + " f=" +
            firstTradeId + " l=" + lastTradeId + "]";
    }
}
