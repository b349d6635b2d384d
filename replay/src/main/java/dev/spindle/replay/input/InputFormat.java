package dev.spindle.replay.input;

/** The capture formats a replay reads ({@code --format}). */
public enum InputFormat
{
    /** A spindle capture session directory ({@code metadata.json}, {@code diffs.jsonl} + {@code .recv}, ...). */
    SESSION("session"),
    /** hft-rs: a {@code snapshot.json} + {@code diffs.jsonl} pair, or a directory holding them. */
    HFTRS("hftrs"),
    /** hftbacktest collector files: {@code <local_ns> <raw json>} lines, gzip, inline snapshots. */
    HFTBACKTEST("hftbacktest"),
    /** A spindle Hyperliquid session: {@code l2book.jsonl} (+ {@code trades.jsonl}) with {@code .recv} sidecars. */
    HL_SESSION("hl-session"),
    /** hftbacktest collector files of Hyperliquid frames ({@code {"channel":"l2Book"|"trades",..}}). */
    HL_HFTBACKTEST("hl-hftbacktest"),
    /** Hyperliquid's public archive: {@code {"time","ver_num","raw":<WS frame>}} lines, gzip or plain. */
    HL_ARCHIVE("hl-archive");

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
        throw new IllegalArgumentException("--format " + value +
            ": expected auto, session, hftrs, hftbacktest, hl-session, hl-hftbacktest or hl-archive");
    }
}
