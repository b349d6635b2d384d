package dev.spindle.engine.metrics;

/**
 * Every counter the kit keeps, named once here with a stable {@code id} (its slot in a {@link Counters} set) and
 * a {@code label} that is also the key under which it is reported ({@code messages=123}).
 * <p>
 * Add new counters at the end: ids are positions in reports and {@code .hlog}-adjacent tooling.
 */
public enum Counter
{
    /** Venue messages (WS frames) received. */
    MESSAGES(0, "messages"),
    /** Venue payload bytes received. */
    BYTES(1, "bytes"),
    /** Depth diffs applied to a book. */
    DIFFS_APPLIED(2, "diffs_applied"),
    /** Depth diffs ignored because they were old or duplicates ({@code u <= book update id}). */
    DIFFS_IGNORED(3, "diffs_ignored"),
    /** Sequence gaps detected. */
    GAPS(4, "gaps"),
    /** Book resyncs started (after a gap, mismatch or reconnect). */
    RESYNCS(5, "resyncs"),
    /** REST snapshots applied. */
    SNAPSHOTS(6, "snapshots"),
    /** REST snapshot requests that failed or were refused. */
    SNAPSHOT_FAILURES(7, "snapshot_failures"),
    /** Reconnects of a venue connection. */
    RECONNECTS(8, "reconnects"),
    /** Frames that could not be decoded. */
    DECODE_ERRORS(9, "decode_errors"),
    /** Book checks (e.g. against bookTicker) that failed. */
    BOOK_MISMATCHES(10, "book_mismatches"),
    /** Times a book went stale (no update within its deadline). */
    STALE(11, "stale"),
    /** Exceptions thrown by a {@code FeedHandler} and isolated by the engine. */
    HANDLER_ERRORS(12, "handler_errors"),
    /** Inbound frames refused because the reader-to-engine queue was full. */
    INBOUND_DROPS(13, "inbound_drops"),
    /** Frames the capture writer could not take (queue full). */
    CAPTURE_DROPS(14, "capture_drops"),
    /** Trades received. */
    TRADES(15, "trades"),
    /** Log events written by the logger thread. */
    LOG_EVENTS(16, "log_events"),
    /** Log events dropped (full producer queue, emitted after close, or lost to an output error). */
    LOG_DROPS(17, "log_drops"),
    /** Full-book snapshots (Hyperliquid l2Book) identical to the previous one: counted, no diff. */
    IDENTICAL_SNAPSHOTS(18, "identical_snapshots"),
    /** Trades received again (Hyperliquid's replay of recent trades on every subscribe): not counted as trades. */
    DUPLICATE_TRADES(19, "duplicate_trades"),
    /** Frames dropped because the same frame had been received already (a venue repeat, or a rollover's overlap). */
    DUPLICATE_FRAMES(20, "duplicate_frames"),
    /** Frames older than one already received on the same connection (out of order); let through. */
    LATE_FRAMES(21, "late_frames"),
    /** Frames refused for being larger than the handler's frame size limit. */
    OVERSIZED_FRAMES(22, "oversized_frames"),
    /** REST snapshots rejected as older than the diffs buffered since they were asked for. */
    SNAPSHOTS_TOO_OLD(23, "snapshots_too_old");

    private static final Counter[] BY_ID = values();

    private final int id;
    private final String label;

    Counter(final int id, final String label)
    {
        this.id = id;
        this.label = label;
    }

    /** @return the stable id, equal to the counter's slot in a {@link Counters} set. */
    public int id()
    {
        return id;
    }

    /** @return the short snake_case label, used as the key in reports. */
    public String label()
    {
        return label;
    }

    /** @return the number of counters, i.e. the size of a {@link Counters} set. */
    public static int count()
    {
        return BY_ID.length;
    }

    /**
     * @param id a counter id.
     * @return the counter with that id.
     * @throws IllegalArgumentException if no counter has that id.
     */
    public static Counter byId(final int id)
    {
        if (id < 0 || id >= BY_ID.length)
        {
            throw new IllegalArgumentException("no counter with id " + id + ": valid ids are 0-" + (BY_ID.length - 1));
        }
        return BY_ID[id];
    }
}
