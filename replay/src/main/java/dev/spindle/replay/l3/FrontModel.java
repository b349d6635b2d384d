package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * The default model when the feed has trades. Trades and refills are handled as in {@link RefillModel}: trades at a
 * level are fills from the front of its queue, and a level that traded more than it lost was refilled, the refill
 * being a new order at the back. A decrease that trades do not explain is a cancel:
 * <ul>
 * <li>of the one order it unambiguously names: exactly one resting order at the level has exactly the decreased
 * quantity, and that order is likely one true order ({@link SoleOrders}: it was shown by an update that changed
 * no other level, and is neither a refill nor a snapshot level). A pulled order leaves whole, so when the queue
 * holds one order of that size and that order is not a merge of several, it is the likeliest to have left;</li>
 * <li>otherwise taken from the front, oldest order first. Orders placed and pulled within one update never show in
 * a level feed; of the cancels that do show, the ones that best keep the quantity ahead of every order right are
 * those of the oldest orders.</li>
 * </ul>
 * Both measured on real order-by-order data: README.md, "Scoring L3 inference".
 */
public final class FrontModel extends RefillModel
{
    private final SoleOrders sole = new SoleOrders();

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
    void beforeDiff(final long timestampMs)
    {
        sole.beginUpdate();
        super.beforeDiff(timestampMs);
    }

    @Override
    void afterDiff()
    {
        super.afterDiff();
        sole.endUpdate();
    }

    @Override
    void levelChanged()
    {
        sole.levelChanged();
    }

    @Override
    void created(final int order, final boolean fromUpdate)
    {
        sole.created(order, fromUpdate);
    }

    @Override
    void refilled(final int order)
    {
        sole.created(order, false);
    }

    @Override
    void cancel(final Side side, final int level, final long amount, final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        final int named = soleOfSize(level, amount);
        if (named != OrderQueues.NONE)
        {
            cancelOrder(side, level, named, amount, sequence, timestampMs);
            return;
        }
        long left = amount;
        while (left > 0)
        {
            final int order = q.front(level);
            final long take = Math.min(left, q.qty(order));
            cancelOrder(side, level, order, take, sequence, timestampMs);
            left -= take;
        }
    }

    /**
     * @return the only order at the level whose quantity is {@code qty}, if it is likely one true order; else
     * {@link OrderQueues#NONE}.
     */
    private int soleOfSize(final int level, final long qty)
    {
        final OrderQueues q = queues;
        int match = OrderQueues.NONE;
        for (int order = q.front(level); order != OrderQueues.NONE; order = q.next(order))
        {
            if (q.qty(order) == qty)
            {
                if (match != OrderQueues.NONE)
                {
                    return OrderQueues.NONE;
                }
                match = order;
            }
        }
        return match != OrderQueues.NONE && sole.isSole(match) ? match : OrderQueues.NONE;
    }
}
