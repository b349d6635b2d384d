package dev.spindle.engine.metrics;

/**
 * The latency stages measured per handler, each in nanoseconds of the monotonic clock.
 */
public enum LatencyStage
{
    /** Receive time stamped on the reader thread to dequeue on the engine thread. */
    RECV_TO_DEQUEUE("recv_to_dequeue"),
    /** Decoding one frame. */
    DECODE("decode"),
    /** Applying one decoded update to the book. */
    APPLY("apply"),
    /** Receive time stamped on the reader thread to the update applied on the engine thread. */
    RECV_TO_APPLIED("recv_to_applied");

    private static final LatencyStage[] VALUES = values();

    private final String label;

    LatencyStage(final String label)
    {
        this.label = label;
    }

    /** @return the snake_case label used in reports and {@code .hlog} tags. */
    public String label()
    {
        return label;
    }

    static LatencyStage[] all()
    {
        return VALUES;
    }
}
