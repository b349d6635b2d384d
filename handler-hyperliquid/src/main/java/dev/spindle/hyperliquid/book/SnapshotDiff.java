package dev.spindle.hyperliquid.book;

import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * The level changes between two consecutive accepted l2Book snapshots of one coin: what a diff-based venue
 * (Binance) would have sent. Reusable storage owned by an {@link L2SnapshotDiffer}, valid during
 * {@link SnapshotListener#onDiff} only; not thread safe.
 */
public final class SnapshotDiff
{
    private final LevelChanges bids;
    private final LevelChanges asks;
    int coinIndex;
    long previousTimeMs;
    long timeMs;

    SnapshotDiff(final int initialChanges)
    {
        bids = new LevelChanges(initialChanges);
        asks = new LevelChanges(initialChanges);
    }

    void clear()
    {
        bids.clear();
        asks.clear();
    }

    /** @return the coin's index in the decoders' coin table. */
    public int coinIndex()
    {
        return coinIndex;
    }

    /** @return venue time of the previous snapshot, epoch ms. */
    public long previousTimeMs()
    {
        return previousTimeMs;
    }

    /** @return venue time of the new snapshot, epoch ms. */
    public long timeMs()
    {
        return timeMs;
    }

    /** @return bid changes, best (highest) price first. */
    public LevelChanges bids()
    {
        return bids;
    }

    /** @return ask changes, best (lowest) price first. */
    public LevelChanges asks()
    {
        return asks;
    }

    /** @return {@link #bids()} or {@link #asks()}. */
    public LevelChanges changes(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    /** @return changed levels on both sides. */
    public int count()
    {
        return bids.count() + asks.count();
    }

    /**
     * Apply the diff to a book that shows the previous snapshot, making it show the new one: every change sets its
     * size after, levels absent after (including those gone {@link LevelChangeKind#BEYOND_HORIZON}) are removed.
     */
    public void applyTo(final L2Book book)
    {
        apply(book, Side.BID, bids);
        apply(book, Side.ASK, asks);
    }

    private static void apply(final L2Book book, final Side side, final LevelChanges changes)
    {
        for (int i = 0; i < changes.count(); i++)
        {
            book.set(side, changes.price(i), changes.kind(i).isAbsentAfter() ? 0 : changes.sizeAfter(i));
        }
    }

    @Override
    public String toString()
    {
        return "SnapshotDiff[coin#" + coinIndex + " " + previousTimeMs + "->" + timeMs + " bids=" + bids.count() +
            " asks=" + asks.count() + "]";
    }
}
