package dev.spindle.binance.sync;

/**
 * Running totals of one {@link DepthSync}, since creation. Written by the sync on the engine thread; read them on
 * that thread (or copy them off it) as plain longs.
 */
public final class SyncCounters
{
    long applied;
    long ignoredOld;
    long outOfOrder;
    long gaps;
    long resyncs;
    long snapshotRequests;
    long snapshotsApplied;
    long snapshotsTooOld;
    long snapshotsIgnored;
    long bufferOverflows;
    long syncs;
    long syncsAtBoundary;

    /** @return diffs applied to the book. */
    public long applied()
    {
        return applied;
    }

    /** @return diffs ignored as already covered by the book or the snapshot (old or duplicate). */
    public long ignoredOld()
    {
        return ignoredOld;
    }

    /**
     * @return buffered diffs dropped because a later buffered diff bridged the snapshot: they came out of order,
     * or carried ids no real chain has (a far-future id would otherwise make every snapshot look too old).
     */
    public long outOfOrder()
    {
        return outOfOrder;
    }

    /** @return gaps detected (live, or while replaying buffered diffs). */
    public long gaps()
    {
        return gaps;
    }

    /** @return times the book left sync: every gap, and every {@link DepthSync#markStale()}. */
    public long resyncs()
    {
        return resyncs;
    }

    /** @return snapshots requested; the handler fetches one per increment. */
    public long snapshotRequests()
    {
        return snapshotRequests;
    }

    /** @return snapshots loaded into the book. */
    public long snapshotsApplied()
    {
        return snapshotsApplied;
    }

    /** @return snapshots found too old to bridge to the diffs, each followed by a new request. */
    public long snapshotsTooOld()
    {
        return snapshotsTooOld;
    }

    /** @return snapshots that arrived while the book was live or closed, and were ignored. */
    public long snapshotsIgnored()
    {
        return snapshotsIgnored;
    }

    /** @return buffered diffs dropped (oldest first) because the buffer bound was reached. */
    public long bufferOverflows()
    {
        return bufferOverflows;
    }

    /** @return times the book became live. */
    public long syncs()
    {
        return syncs;
    }

    /**
     * @return syncs where the snapshot id fell exactly between two diffs rather than inside the first applied
     * diff's {@code [U;u]}: spot {@code U == lastUpdateId + 1} (the usual case on real spot data, notes A7.1),
     * futures {@code pu == lastUpdateId < U}.
     */
    public long syncsAtBoundary()
    {
        return syncsAtBoundary;
    }

    @Override
    public String toString()
    {
        return "applied=" + applied + " ignoredOld=" + ignoredOld + " gaps=" + gaps + " resyncs=" + resyncs +
            " snapshotRequests=" + snapshotRequests + " snapshotsApplied=" + snapshotsApplied + " snapshotsTooOld=" +
            snapshotsTooOld + " snapshotsIgnored=" + snapshotsIgnored + " bufferOverflows=" + bufferOverflows +
            " syncs=" + syncs + " syncsAtBoundary=" + syncsAtBoundary;
    }
}
