package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * The default model when the feed has trades. Trades and refills are handled as in {@link RefillModel}: trades at a
 * level are fills from the front of its queue, and a level that traded more than it lost was refilled, the refill
 * being a new order at the back. A decrease that trades do not explain is a cancel taken from the front, oldest
 * order first. Orders placed and pulled within one update never show in a level feed; of the cancels that do show,
 * the ones that best keep the quantity ahead of every order right are those of the oldest orders (measured on real
 * order-by-order data: README.md, "Scoring L3 inference").
 */
public final class FrontModel extends RefillModel
{
    /**
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     * @param trades     the feed's trades.
     */
    public FrontModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink, trades);
    }

    @Override
    public String name()
    {
        return "front";
    }

    @Override
    void cancel(final Side side, final int level, final long amount, final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        long left = amount;
        while (left > 0)
        {
            final int order = q.front(level);
            final long take = Math.min(left, q.qty(order));
            cancelOrder(side, level, order, take, sequence, timestampMs);
            left -= take;
        }
    }
}
