package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * hft-rs's {@code replay_binance} model, with exact decimals: every decrease is a fill taken from the front of the
 * queue, oldest order first (price-time priority), and what the queue cannot cover is an underflow.
 * <p>
 * With exact quantities a level's total always equals the sum of its queue, so a replay never underflows; hft-rs
 * reports underflows only from floating-point drift.
 */
public final class FifoModel extends L3Model
{
    /**
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     */
    public FifoModel(final PriceTicks priceTicks, final EventSink sink)
    {
        super(priceTicks, sink);
    }

    @Override
    public String name()
    {
        return "fifo";
    }

    @Override
    void decrease(
        final Side side, final long price, final int level, final long amount, final long sequence,
        final long timestampMs)
    {
        fillFromFront(side, level, amount, sequence, timestampMs);
    }
}
