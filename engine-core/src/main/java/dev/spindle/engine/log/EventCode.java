package dev.spindle.engine.log;

/**
 * What a structured log event reports. Each code carries its {@link LogLevel} and the words that start its text
 * line ({@code [binance:BTCUSDT] snapshot applied bids=1000 asks=1000}).
 */
public enum EventCode
{
    /** A thread, engine or handler started. */
    STARTED(LogLevel.INFO, "started"),
    /** A thread, engine or handler stopped. */
    STOPPED(LogLevel.INFO, "stopped"),
    /** A venue connection opened. */
    CONNECTED(LogLevel.INFO, "connected"),
    /** A venue connection closed. */
    DISCONNECTED(LogLevel.WARN, "disconnected"),
    /** A reconnect attempt started. */
    RECONNECT(LogLevel.WARN, "reconnect"),
    /** Streams subscribed. */
    SUBSCRIBED(LogLevel.INFO, "subscribed"),
    /** A REST snapshot was requested. */
    SNAPSHOT_REQUESTED(LogLevel.INFO, "snapshot requested"),
    /** A REST snapshot was applied to a book. */
    SNAPSHOT_APPLIED(LogLevel.INFO, "snapshot applied"),
    /** A book caught up with the stream and is live. */
    SYNCHRONIZED(LogLevel.INFO, "synchronized"),
    /** A book or connection changed state. */
    STATE_CHANGE(LogLevel.INFO, "state"),
    /** A sequence gap was detected. */
    GAP(LogLevel.WARN, "gap"),
    /** A book resync started. */
    RESYNC(LogLevel.WARN, "resync"),
    /** A book received no update within its deadline. */
    STALE(LogLevel.WARN, "stale"),
    /** A book check (e.g. against bookTicker) failed. */
    BOOK_MISMATCH(LogLevel.WARN, "book mismatch"),
    /** Capture session lifecycle (opened, rotated, flushed, closed). */
    CAPTURE(LogLevel.INFO, "capture"),
    /** Anything else worth a line. */
    INFO(LogLevel.INFO, "info"),
    /** A handled problem. */
    WARNING(LogLevel.WARN, "warning"),
    /** A failure, usually with an exception in the text. */
    ERROR(LogLevel.ERROR, "error"),
    /** Periodic counters and latency percentiles. */
    METRICS(LogLevel.INFO, "metrics"),
    /** Periodic logger queue depth and drop counts. */
    QUEUE_DEPTH(LogLevel.INFO, "queue depth"),
    /** Orderly shutdown requested (signal, duration elapsed). */
    SHUTDOWN(LogLevel.INFO, "shutdown");

    private final LogLevel level;
    private final String label;

    EventCode(final LogLevel level, final String label)
    {
        this.level = level;
        this.label = label;
    }

    /** @return the severity. */
    public LogLevel level()
    {
        return level;
    }

    /** @return the words that start a text line for this code. */
    public String label()
    {
        return label;
    }
}
