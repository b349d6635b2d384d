package dev.spindle.capture;

/**
 * Kinds of gap-ledger entries in {@code metadata.json}. Each entry says where and why the capture is not a
 * plain continuous record of the venue feed.
 */
public enum LedgerKind
{
    /** The feed skipped update ids (reported by the handler or engine with the missing id range). */
    GAP,
    /** The book was rebuilt from a new REST snapshot ({@code toId} = the new snapshot's lastUpdateId). */
    RESYNC,
    /** The WebSocket connection was re-established (including the venue's 24 h connection rollover). */
    RECONNECT,
    /** The capture started a new numbered part of every file (see {@code --capture-rotate}). */
    ROLLOVER,
    /**
     * Frames the capture refused because a producer's queue was full: {@code count} frames received between
     * {@code epochNs} and {@code endEpochNs}; ids filled in by the capture when the stream's ids are known.
     */
    DROP,
    /** The capture stopped itself on an I/O error; nothing after {@code epochNs} was written. */
    ERROR
}
