package dev.spindle.hyperliquid.book;

/**
 * Running totals of one {@link L2SnapshotDiffer}, since creation. Written by the differ on the engine thread;
 * read them there (or copy them off it) as plain longs.
 */
public final class SnapshotCounters
{
    long received;
    long loaded;
    long diffs;
    long identical;
    long timeNotIncreasing;
    long staleMarks;
    long added;
    long changed;
    long removed;
    long beyondHorizon;
    long enteredHorizon;

    /** @return snapshots given to the differ, whatever became of them. */
    public long received()
    {
        return received;
    }

    /** @return snapshots loaded as the book without a diff (first, after staleness or reset). */
    public long loaded()
    {
        return loaded;
    }

    /** @return snapshots that differed from the previous one and produced a diff. */
    public long diffs()
    {
        return diffs;
    }

    /** @return snapshots with a newer time that repeated the previous one exactly; no diff. */
    public long identical()
    {
        return identical;
    }

    /** @return snapshots ignored because their time did not increase. */
    public long timeNotIncreasing()
    {
        return timeNotIncreasing;
    }

    /** @return times the book was marked {@link dev.spindle.engine.book.BookState#STALE}. */
    public long staleMarks()
    {
        return staleMarks;
    }

    /** @return levels reported {@link LevelChangeKind#ADDED}. */
    public long added()
    {
        return added;
    }

    /** @return levels reported {@link LevelChangeKind#CHANGED}. */
    public long changed()
    {
        return changed;
    }

    /** @return levels reported {@link LevelChangeKind#REMOVED}. */
    public long removed()
    {
        return removed;
    }

    /** @return levels reported {@link LevelChangeKind#BEYOND_HORIZON}. */
    public long beyondHorizon()
    {
        return beyondHorizon;
    }

    /** @return levels reported {@link LevelChangeKind#ENTERED_HORIZON}. */
    public long enteredHorizon()
    {
        return enteredHorizon;
    }

    @Override
    public String toString()
    {
        return "received=" + received + " loaded=" + loaded + " diffs=" + diffs + " identical=" + identical +
            " timeNotIncreasing=" + timeNotIncreasing + " staleMarks=" + staleMarks + " added=" + added +
            " changed=" + changed + " removed=" + removed + " beyondHorizon=" + beyondHorizon +
            " enteredHorizon=" + enteredHorizon;
    }
}
