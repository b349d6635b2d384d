package dev.spindle.capture;

/**
 * When a session's files are cut into numbered parts ({@code --capture-rotate}). Boundaries are whole UTC hours
 * or days of the capture thread's clock; every file of a session moves to the next part number together.
 */
public enum Rotation
{
    /** One file per stream for the whole session: {@code diffs.jsonl}. */
    NONE("none", 0),
    /** A new part at every full UTC hour: {@code diffs.000001.jsonl}, {@code diffs.000002.jsonl}, ... */
    HOURLY("hourly", 3_600_000L),
    /** A new part at every UTC midnight. */
    DAILY("daily", 86_400_000L);

    private final String flagValue;
    private final long periodMs;

    Rotation(final String flagValue, final long periodMs)
    {
        this.flagValue = flagValue;
        this.periodMs = periodMs;
    }

    /** @return the value as written on the command line and in {@code metadata.json}. */
    public String flagValue()
    {
        return flagValue;
    }

    /**
     * @param epochMs a wall-clock time.
     * @return the first rotation boundary strictly after {@code epochMs}, or {@link Long#MAX_VALUE} for
     * {@link #NONE}.
     */
    public long nextBoundaryMs(final long epochMs)
    {
        if (0 == periodMs)
        {
            return Long.MAX_VALUE;
        }
        return (Math.floorDiv(epochMs, periodMs) + 1) * periodMs;
    }

    /**
     * @param value {@code none}, {@code hourly} or {@code daily}.
     * @return the rotation.
     * @throws IllegalArgumentException naming the flag and the bad value.
     */
    public static Rotation parse(final String value)
    {
        for (final Rotation rotation : values())
        {
            if (rotation.flagValue.equals(value))
            {
                return rotation;
            }
        }
        throw new IllegalArgumentException(
            CaptureConfig.FLAG_ROTATE + ": expected none|hourly|daily, got \"" + value + "\"");
    }
}
