package dev.spindle.replay.input;

/** What a record of a capture carries. */
public enum RecordKind
{
    /** A raw WebSocket text frame (a bare payload or a combined-stream wrapper). */
    FRAME,
    /** A REST depth snapshot body ({@code {"lastUpdateId":..}}). */
    SNAPSHOT
}
