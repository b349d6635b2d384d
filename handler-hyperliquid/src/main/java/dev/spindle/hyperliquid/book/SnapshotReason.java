package dev.spindle.hyperliquid.book;

/** Why an {@link L2SnapshotDiffer}'s book changed state. */
public enum SnapshotReason
{
    /** A snapshot was loaded as the book (the first one, or the first after staleness or a reset). */
    SNAPSHOT_LOADED,
    /** No snapshot was accepted for longer than the staleness limit, or the handler marked the book stale. */
    STALE,
    /** The connection was lost; the book waits for the re-subscription's first snapshot. */
    DISCONNECTED,
    /** The differ was reset and waits for a first snapshot again. */
    RESET,
    /** The differ was closed. */
    CLOSED
}
