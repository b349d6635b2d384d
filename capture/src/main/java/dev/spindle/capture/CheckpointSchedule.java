package dev.spindle.capture;

/**
 * Tells the REST snapshot thread when the next checkpoint snapshot is due ({@code --checkpoint-interval}).
 * <p>
 * Not thread-safe: owned by the thread that polls it. Times come from the caller's clock so tests can set them.
 */
public final class CheckpointSchedule
{
    private final long intervalMs;
    private long nextDueEpochMs;

    /**
     * @param intervalMs   the interval; 0 means never due.
     * @param startEpochMs when the first snapshot was taken; the first checkpoint is due one interval later.
     */
    public CheckpointSchedule(final long intervalMs, final long startEpochMs)
    {
        if (intervalMs < 0)
        {
            throw new IllegalArgumentException(CaptureConfig.FLAG_CHECKPOINT_INTERVAL + ": negative " + intervalMs);
        }
        this.intervalMs = intervalMs;
        this.nextDueEpochMs = startEpochMs + intervalMs;
    }

    /**
     * Answers true at most once per interval; missed intervals are not made up.
     *
     * @param nowEpochMs the current time.
     * @return whether a checkpoint snapshot should be taken now.
     */
    public boolean isDue(final long nowEpochMs)
    {
        if (0 == intervalMs || nowEpochMs - nextDueEpochMs < 0)
        {
            return false;
        }
        nextDueEpochMs = nowEpochMs + intervalMs;
        return true;
    }

    /** @return the time the next checkpoint is due, or {@link Long#MAX_VALUE} when disabled. */
    public long nextDueEpochMs()
    {
        return 0 == intervalMs ? Long.MAX_VALUE : nextDueEpochMs;
    }
}
