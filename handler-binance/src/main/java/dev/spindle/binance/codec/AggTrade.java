package dev.spindle.binance.codec;

/**
 * An {@code aggTrade} event (trades of one taker order at one price), in reusable storage; fields carry their wire
 * names. Not thread safe.
 */
public final class AggTrade extends AbstractTrade
{
    /** Creates an empty aggTrade; the decoder fills it. */
    public AggTrade()
    {
        super(0);
    }

    /** @return {@code a}: aggregate trade id. */
    public long a()
    {
        return ids[0];
    }

    /** @return {@code f}: first trade id aggregated. */
    public long f()
    {
        return ids[1];
    }

    /** @return {@code l}: last trade id aggregated. */
    public long l()
    {
        return ids[2];
    }

    @Override
    public String toString()
    {
        return "AggTrade[symbol#" + symbolIndex + " a=" + ids[0] + " p=" + price + " q=" + qty + " f=" + ids[1] +
            " l=" + ids[2] + "]";
    }
}
