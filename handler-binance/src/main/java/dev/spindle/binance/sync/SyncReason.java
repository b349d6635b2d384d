package dev.spindle.binance.sync;

/** Why a {@link DepthSync} changed state or asked for a snapshot. */
public enum SyncReason
{
    /** The first diff was buffered (at start, or after the book went stale): a snapshot can now be judged. */
    BUFFERING_STARTED,
    /** The first diff after a snapshot was applied: the book is in sequence. */
    SYNCED,
    /** A diff did not follow the previous one: updates were lost. */
    GAP,
    /** The snapshot is older than the buffered diffs: it cannot be bridged, fetch another. */
    SNAPSHOT_TOO_OLD,
    /** The handler's staleness timer fired ({@link DepthSync#markStale()}). */
    STALE,
    /** The sync was closed. */
    CLOSED
}
