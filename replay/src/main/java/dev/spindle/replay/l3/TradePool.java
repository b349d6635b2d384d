package dev.spindle.replay.l3;

import org.agrona.collections.Long2LongHashMap;

import dev.spindle.engine.book.Side;

/**
 * Traded quantity per (maker side, price) waiting to explain the decreases of the diff that covers it. A trade is
 * offered to the first diff at or after its trade time and to the one after it (the depth stream's batching can
 * put a trade's effect one diff later); what neither used is dropped and counted as unexplained.
 * Allocation-free once the maps have grown. Not thread safe.
 */
final class TradePool
{
    private static final long NO_QTY = 0;

    private Long2LongHashMap bidsNow = new Long2LongHashMap(256, 0.6f, NO_QTY);
    private Long2LongHashMap asksNow = new Long2LongHashMap(256, 0.6f, NO_QTY);
    private Long2LongHashMap bidsBefore = new Long2LongHashMap(256, 0.6f, NO_QTY);
    private Long2LongHashMap asksBefore = new Long2LongHashMap(256, 0.6f, NO_QTY);
    private long pooledNow;
    private long pooledBefore;
    private long added;
    private long explained;
    private long unexplained;

    /** Add a trade's quantity for the coming diff. */
    void add(final Side makerSide, final long price, final long qty)
    {
        final Long2LongHashMap map = makerSide == Side.BID ? bidsNow : asksNow;
        map.put(price, map.get(price) + qty);
        pooledNow += qty;
        added += qty;
    }

    /**
     * Take up to {@code wanted} traded quantity at a level, older trades first.
     *
     * @return the quantity taken.
     */
    long take(final Side side, final long price, final long wanted)
    {
        if (pooledNow + pooledBefore == 0)
        {
            return 0;
        }
        final long fromBefore = takeFrom(side == Side.BID ? bidsBefore : asksBefore, price, wanted);
        pooledBefore -= fromBefore;
        final long fromNow = takeFrom(side == Side.BID ? bidsNow : asksNow, price, wanted - fromBefore);
        pooledNow -= fromNow;
        explained += fromBefore + fromNow;
        return fromBefore + fromNow;
    }

    /** A diff was explained: drop what the previous diff's trades left, keep this diff's for the next one. */
    void endDiff()
    {
        if (pooledBefore > 0)
        {
            unexplained += pooledBefore;
        }
        if (pooledBefore > 0 || !bidsBefore.isEmpty() || !asksBefore.isEmpty())
        {
            bidsBefore.clear();
            asksBefore.clear();
        }
        final Long2LongHashMap bids = bidsBefore;
        final Long2LongHashMap asks = asksBefore;
        bidsBefore = bidsNow;
        asksBefore = asksNow;
        bidsNow = bids;
        asksNow = asks;
        pooledBefore = pooledNow;
        pooledNow = 0;
    }

    /** @return traded quantity added, in quantity mantissas. */
    long added()
    {
        return added;
    }

    /** @return traded quantity that explained a decrease as fills. */
    long explained()
    {
        return explained;
    }

    /** @return traded quantity dropped without explaining any decrease. */
    long unexplained()
    {
        return unexplained;
    }

    private static long takeFrom(final Long2LongHashMap map, final long price, final long wanted)
    {
        if (wanted <= 0)
        {
            return 0;
        }
        final long have = map.get(price);
        if (have == NO_QTY)
        {
            return 0;
        }
        if (have > wanted)
        {
            map.put(price, have - wanted);
            return wanted;
        }
        map.remove(price);
        return have;
    }
}
