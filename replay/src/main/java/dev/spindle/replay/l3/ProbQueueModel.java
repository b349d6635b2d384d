package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * A probabilistic queue model of the kind queue-position backtesters use, applied to every inferred order of a
 * level. Trades and refills are handled as in {@link RefillModel}. A decrease that trades do not explain is spread
 * over the queue by position: of a cancel at a level of total {@code T}, the share that falls ahead of any point
 * {@code x} of the queue is {@code f(x) / (f(x) + f(T - x))} with {@code f(x) = x^}{@link #POWER}, so orders near
 * the front see little of it ahead of them and orders near the back see most of it. Quantities stay exact
 * mantissas: only the split is computed in floating point, then rounded so the cancels add up exactly to the
 * decrease. How it scores against real order-by-order data: README.md, "Scoring L3 inference".
 */
public final class ProbQueueModel extends RefillModel
{
    /** Exponent of the position function (2: a common choice in backtesters). */
    static final double POWER = 2.0;

    /**
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     * @param trades     the feed's trades.
     */
    public ProbQueueModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink, trades);
    }

    @Override
    public String name()
    {
        return "prob";
    }

    /**
     * An order cannot lose more than it holds: what the split gives it beyond that moves on to the orders behind
     * it, and what is still left at the back is taken from the back, newest first.
     */
    @Override
    void cancel(final Side side, final int level, final long amount, final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        final long total = q.total(level);
        long end = 0;
        long cumulativeBefore = 0;
        long carry = 0;
        long taken = 0;
        int order = q.front(level);
        while (order != OrderQueues.NONE && taken < amount)
        {
            final int next = q.next(order);
            final long qty = q.qty(order);
            end += qty;
            final long cumulative = Math.round(amount * shareAhead(end, total));
            final long wanted = cumulative - cumulativeBefore + carry;
            cumulativeBefore = cumulative;
            final long take = Math.min(wanted, qty);
            carry = wanted - take;
            if (take > 0)
            {
                cancelOrder(side, level, order, take, sequence, timestampMs);
                taken += take;
            }
            order = next;
        }
        if (taken < amount)
        {
            cancelFromBack(side, level, amount - taken, sequence, timestampMs);
        }
    }

    /** @return the share of a cancel that falls ahead of position {@code x} in a queue of {@code total}. */
    static double shareAhead(final long x, final long total)
    {
        final double u = (double)x / total;
        final double ahead = Math.pow(u, POWER);
        final double behind = Math.pow(1.0 - u, POWER);
        return ahead / (ahead + behind);
    }
}
