package dev.spindle.engine.log;

/**
 * Severity of an {@link EventCode}, shown in every output line.
 */
public enum LogLevel
{
    /** Normal lifecycle and periodic reports. */
    INFO,
    /** Something went wrong and was handled (gap, resync, stale book). */
    WARN,
    /** A failure: an exception, a lost connection that could not be restored. */
    ERROR
}
