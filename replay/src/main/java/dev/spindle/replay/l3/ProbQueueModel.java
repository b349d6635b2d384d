package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * A probabilistic queue model, of the kind queue-position backtesters use, applied to every inferred order of a
 * level. Trades at a level's price are fills taken from the front (price-time priority), as in {@link TradesModel},
 * with one difference: when a level changed in an update and the trades pooled at its price exceed its decrease
 * (or it even grew), the level was refilled within the update, so the whole traded quantity is still a fill from
 * the front and the refill is a new order at the back. A decrease that trades do not explain is a cancel spread
 * over the queue by position: the share of it that falls ahead of any point {@code x} of a queue of total
 * {@code T} is {@code f(x) / (f(x) + f(T - x))}, {@code f(x) = x^POWER}, so orders near the front lose little, orders
 * near the back see most of the cancelled quantity ahead of them, and the rest lands around the middle of the
 * queue. Quantities stay exact mantissas: only the split is computed in floating point, then rounded so the
 * cancels add up exactly to the decrease. The rule and how it scores: README.md, "L3 inference".
 */
public final class ProbQueueModel extends L3Model
{
    /** Exponent of the position function; see the class comment. */
    static final double POWER = 2.0;

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
    public ProbQueueModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink);
        this.trades = trades;
    }

    @Override
    public String name()
    {
        return "prob";
    }

    /** @return traded quantity pooled so far, as quantity mantissas. */
    public long tradedQty()
    {
        return pool.added();
    }

    /** @return traded quantity that explained fills. */
    public long explainedQty()
    {
        return pool.explained();
    }

    /** @return traded quantity that no level change used (the level did not change, or was never shown). */
    public long unexplainedQty()
    {
        return pool.unexplained();
    }

    /** @return trades dropped because they were more than a second older than the first update after them. */
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
    void increase(
        final Side side, final long price, final int level, final long added, final long sequence,
        final long timestampMs)
    {
        final long filled = fillTraded(side, price, level, sequence, timestampMs);
        pushNew(side, level, added + filled, sequence, timestampMs);
    }

    @Override
    void decrease(
        final Side side, final long price, final int level, final long amount, final long sequence,
        final long timestampMs)
    {
        final long filled = fillTraded(side, price, level, sequence, timestampMs);
        if (filled > amount)
        {
            pushNew(side, level, filled - amount, sequence, timestampMs);
        }
        else if (filled < amount)
        {
            cancelByPosition(side, level, amount - filled, sequence, timestampMs);
        }
    }

    private long fillTraded(
        final Side side, final long price, final int level, final long sequence, final long timestampMs)
    {
        final long filled = pool.take(side, price, queues.total(level));
        if (filled > 0)
        {
            fillFromFront(side, level, filled, sequence, timestampMs);
        }
        return filled;
    }

    /**
     * Cancel {@code amount} spread by position (class comment). An order cannot lose more than it holds: what the
     * split gives it beyond that moves on to the orders behind it, and what is still left at the back is taken from
     * the back, newest first.
     */
    private void cancelByPosition(
        final Side side, final int level, final long amount, final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        final long total = q.total(level);
        if (amount >= total)
        {
            cancelFromBack(side, level, amount, sequence, timestampMs);
            return;
        }
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

    private void poolTrade(final Side makerSide, final long price, final long qty, final long tradeTimeMs)
    {
        if (diffTimeMs - tradeTimeMs > TradesModel.MAX_TRADE_AGE_MS)
        {
            staleTrades++;
            return;
        }
        pool.add(makerSide, price, qty);
    }
}
