package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * Shared rules of the models that read trades and detect refills. Trades are pooled by (maker side, price)
 * ({@link TradePoolingModel}). When a level changes in an update, the trades pooled at its price are fills taken from the
 * front of its queue (price-time priority), up to the whole queue, even when they exceed the level's decrease or
 * the level grew: the level was refilled within the update (the feed shows only the net change), so the refill,
 * the level's new total minus what the fills left, is a new order at the back. What trades do not explain of a
 * decrease is a cancel, placed by the subclass ({@link #cancel}).
 */
abstract class RefillModel extends TradePoolingModel
{
    RefillModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        super(priceTicks, sink, trades);
    }

    /** Take {@code amount} (less than the level's total) from the level's queue as cancels. */
    abstract void cancel(Side side, int level, long amount, long sequence, long timestampMs);

    /** Hook: {@code order}, just created, is a refill (it stands for what the update's fills left unexplained). */
    void refilled(final int order)
    {
    }

    @Override
    final void increase(
        final Side side, final long price, final int level, final long added, final long sequence,
        final long timestampMs)
    {
        final long filled = fillTraded(side, price, level, sequence, timestampMs);
        final int order = pushNew(side, level, added + filled, sequence, timestampMs);
        if (filled > 0)
        {
            refilled(order);
        }
    }

    @Override
    final void decrease(
        final Side side, final long price, final int level, final long amount, final long sequence,
        final long timestampMs)
    {
        final long filled = fillTraded(side, price, level, sequence, timestampMs);
        if (filled > amount)
        {
            refilled(pushNew(side, level, filled - amount, sequence, timestampMs));
        }
        else if (filled < amount)
        {
            final long left = amount - filled;
            if (left >= queues.total(level))
            {
                cancelFromBack(side, level, left, sequence, timestampMs);
            }
            else
            {
                cancel(side, level, left, sequence, timestampMs);
            }
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
}
