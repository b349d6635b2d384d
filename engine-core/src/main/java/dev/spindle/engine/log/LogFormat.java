package dev.spindle.engine.log;

import java.util.Locale;

/**
 * Output format of the logger, chosen by name ({@code --log text|json}).
 */
public enum LogFormat
{
    /** One human-readable line per event. */
    TEXT,
    /** One JSON object per line (JSONL). */
    JSON;

    /**
     * @param name {@code text} or {@code json}, any case.
     * @return the format.
     * @throws IllegalArgumentException naming the bad value and the valid ones.
     */
    public static LogFormat byName(final String name)
    {
        for (final LogFormat format : values())
        {
            if (format.name().equalsIgnoreCase(name))
            {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown log format '" + name + "': valid formats are text, json");
    }

    /** @return the lower-case name accepted by {@link #byName}. */
    public String alias()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
