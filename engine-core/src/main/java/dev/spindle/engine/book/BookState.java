package dev.spindle.engine.book;

/**
 * Whether a book can be trusted. Only {@link #LIVE} books reflect the venue; in every other state the levels
 * are either empty, a snapshot awaiting its first bridging update, or the last known levels kept for display.
 */
public enum BookState
{
    /** First synchronisation: updates are buffered while a snapshot is awaited. */
    SYNCING,
    /** In sequence with the venue: every update has been applied in order. */
    LIVE,
    /** A gap was detected: updates are buffered again while a new snapshot is awaited. */
    RESYNCING,
    /** The feed went quiet for too long (a staleness timer fired): the book needs a resync. */
    STALE,
    /** The feed was shut down; the book will not change again. */
    CLOSED
}
