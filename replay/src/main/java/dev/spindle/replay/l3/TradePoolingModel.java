package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * The part every model that reads trades shares: before an update is explained, every trade at or before the
 * update's time is pooled by (maker side, price) in {@link #pool}; a trade more than {@link #MAX_TRADE_AGE_MS}
 * older than the update that drains it is stale (e.g. from before the snapshot) and only counted. Subclasses
 * decide what the pooled trades explain.
 */
abstract class TradePoolingModel extends L3Model implements TradeStats
{
    /** Trades older than this before the update that drains them are stale. */
    static final long MAX_TRADE_AGE_MS = 1000;

    /** Trades pooled for the current update, by (maker side, price). */
    final TradePool pool = new TradePool();

    private final TradeSource trades;
    private final TradeSource.TradeHandler poolTrade = this::poolTrade;
    private long updateTimeMs;
    private long staleTrades;

    TradePoolingModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink);
        this.trades = trades;
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

    /** @return traded quantity that no decrease needed (the level was refilled within the update, or never shown). */
    @Override
    public long unexplainedQty()
    {
        return pool.unexplained();
    }

    /** @return trades dropped because they were more than a second older than the first update after them. */
    @Override
    public long staleTrades()
    {
        return staleTrades;
    }

    @Override
    void beforeDiff(final long timestampMs)
    {
        updateTimeMs = timestampMs;
        trades.drainUntil(timestampMs, poolTrade);
    }

    @Override
    void afterDiff()
    {
        pool.endDiff();
    }

    private void poolTrade(final Side makerSide, final long price, final long qty, final long tradeTimeMs)
    {
        if (updateTimeMs - tradeTimeMs > MAX_TRADE_AGE_MS)
        {
            staleTrades++;
            return;
        }
        pool.add(makerSide, price, qty);
    }
}
