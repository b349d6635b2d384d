package dev.spindle.replay.hyperliquid;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.PriceLevels;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.LevelChanges;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.L3Model;

/**
 * Runs a venue-neutral {@link L3Model} ({@code fifo}, {@code trades}) on the derived diffs, given to it as the
 * depth update a diff-based venue would have sent: {@code U = u = E =} the snapshot's {@code time}, every changed
 * level at its new size, and 0 for a level absent from the new snapshot, including one that only fell beyond the
 * 20-level view (these models cannot tell that from a removal; {@link CountsModel} can).
 */
final class L3ModelAdapter implements DiffModel
{
    private final L3Model model;
    private final DepthUpdate update = new DepthUpdate(64);

    L3ModelAdapter(final L3Model model)
    {
        this.model = model;
    }

    @Override
    public String name()
    {
        return model.name();
    }

    @Override
    public void load(final L2SnapshotDiffer differ)
    {
        model.seed(differ.book(), differ.lastTimeMs());
    }

    @Override
    public void onDiff(final SnapshotDiff diff, final L2SnapshotDiffer differ)
    {
        update.clear().u(diff.timeMs()).U(diff.timeMs()).E(diff.timeMs());
        copy(diff.bids(), update.b());
        copy(diff.asks(), update.a());
        model.onDiff(update);
    }

    @Override
    public void onIdentical(final long timeMs, final L2SnapshotDiffer differ)
    {
    }

    @Override
    public long count(final EventKind kind)
    {
        return model.count(kind);
    }

    private static void copy(final LevelChanges changes, final PriceLevels into)
    {
        for (int i = 0; i < changes.count(); i++)
        {
            into.add(changes.price(i), changes.kind(i).isAbsentAfter() ? 0 : changes.sizeAfter(i));
        }
    }
}
