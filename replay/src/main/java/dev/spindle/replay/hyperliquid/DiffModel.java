package dev.spindle.replay.hyperliquid;

import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.replay.l3.EventKind;

/**
 * An L3 model fed by an {@link L2SnapshotDiffer}'s listener calls, on the replay thread. The differ is passed in so
 * the model can read the order counts {@code n} of the snapshot just accepted.
 */
interface DiffModel
{
    /** @return the model's {@code --model} name. */
    String name();

    /** A snapshot replaced the book (the first, or the first after a silence): forget everything and seed. */
    void load(L2SnapshotDiffer differ);

    /** A snapshot differed from the previous one; the differ's book and counts already show it. */
    void onDiff(SnapshotDiff diff, L2SnapshotDiffer differ);

    /** A snapshot with a newer time repeated the previous one. */
    void onIdentical(long timeMs, L2SnapshotDiffer differ);

    /** @return events emitted of {@code kind}. */
    long count(EventKind kind);
}
