package dev.spindle.replay.input;

/** The capture formats a replay reads ({@code --format}). */
public enum InputFormat
{
    /** A spindle capture session directory ({@code metadata.json}, {@code diffs.jsonl} + {@code .recv}, ...). */
    SESSION("session"),
    /** hft-rs: a {@code snapshot.json} + {@code diffs.jsonl} pair, or a directory holding them. */
    HFTRS("hftrs"),
    /** hftbacktest collector files: {@code <local_ns> <raw json>} lines, gzip, inline snapshots. */
    HFTBACKTEST("hftbacktest");

    private final String flagValue;

    InputFormat(final String flagValue)
    {
        this.flagValue = flagValue;
    }

    /** @return the {@code --format} value. */
    public String flagValue()
    {
        return flagValue;
    }

    /**
     * @param value a {@code --format} value, case-insensitive.
     * @return the format, or null for {@code auto}.
     * @throws IllegalArgumentException naming the accepted values.
     */
    public static InputFormat fromFlag(final String value)
    {
        if ("auto".equalsIgnoreCase(value))
        {
            return null;
        }
        for (final InputFormat format : values())
        {
            if (format.flagValue.equalsIgnoreCase(value))
            {
                return format;
            }
        }
        throw new IllegalArgumentException("--format " + value + ": expected auto, session, hftrs or hftbacktest");
    }
}
