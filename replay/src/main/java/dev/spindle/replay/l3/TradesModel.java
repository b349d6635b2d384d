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
public final class TradesModel extends TradePoolingModel
{
    /**
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     * @param trades     the capture's trades.
     */
    public TradesModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink, trades);
    }

    @Override
    public String name()
    {
        return "trades";
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
}
