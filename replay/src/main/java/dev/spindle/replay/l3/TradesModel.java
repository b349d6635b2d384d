package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * Uses the capture's trades to tell fills from cancels. Before a diff is explained, every trade at or before the
 * diff's time is pooled by (maker side, price). A decrease at a level is then split: the part the pooled trades
 * at that price cover is a fill taken from the front of the queue (oldest first: price-time priority decides who
 * trades); the unexplained rest is a cancel taken from the back (newest first: recently placed orders are the
 * likeliest to be pulled, and taking them keeps the queue position of older orders). Increases are new orders at
 * the back, as in {@link FifoModel}. The rule and why: README.md, "L3 inference".
 */
public final class TradesModel extends L3Model implements TradeStats
{
    /** Trades older than this before the diff that drains them are stale (e.g. from before the snapshot). */
    static final long MAX_TRADE_AGE_MS = 1000;

    private final TradeSource trades;
    private final TradePool pool = new TradePool();
    private final TradeSource.TradeHandler poolTrade = this::poolTrade;
    private long diffTimeMs;
    private long staleTrades;

    /**
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     * @param trades     the capture's trades.
     */
    public TradesModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink);
        this.trades = trades;
    }

    @Override
    public String name()
    {
        return "trades";
    }

    /** @return traded quantity pooled so far, as quantity mantissas. */
    @Override
    public long tradedQty()
    {
        return pool.added();
    }

    /** @return traded quantity that explained decreases as fills. */
    @Override
    public long explainedQty()
    {
        return pool.explained();
    }

    /** @return traded quantity that no decrease needed (the level was refilled within the diff, or never shown). */
    @Override
    public long unexplainedQty()
    {
        return pool.unexplained();
    }

    /** @return trades dropped because they were more than a second older than the first diff after them. */
    @Override
    public long staleTrades()
    {
        return staleTrades;
    }

    @Override
    void beforeDiff(final long timestampMs)
    {
        diffTimeMs = timestampMs;
        trades.drainUntil(timestampMs, poolTrade);
    }

    @Override
    void afterDiff()
    {
        pool.endDiff();
    }

    @Override
    void decrease(
        final Side side, final long price, final int level, final long amount, final long sequence,
        final long timestampMs)
    {
        final long filled = pool.take(side, price, amount);
        if (filled > 0)
        {
            fillFromFront(side, level, filled, sequence, timestampMs);
        }
        if (filled < amount)
        {
            cancelFromBack(side, level, amount - filled, sequence, timestampMs);
        }
    }

    private void poolTrade(final Side makerSide, final long price, final long qty, final long tradeTimeMs)
    {
        if (diffTimeMs - tradeTimeMs > MAX_TRADE_AGE_MS)
        {
            staleTrades++;
            return;
        }
        pool.add(makerSide, price, qty);
    }
}
