package dev.spindle.capture.meta;

/** Life cycle of a session, as recorded in {@code metadata.json}. */
public enum CaptureState
{
    /** Being written; after a crash it stays so, with the counts of the last flush. */
    RUNNING,
    /** Ended normally: end time and final counts are written. */
    CLOSED,
    /** Stopped by an I/O error; see the ERROR ledger entry. */
    FAILED
}
