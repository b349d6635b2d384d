package dev.spindle.tools.sim;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;

/**
 * Reads durations written as a number and a unit: {@code 250ms}, {@code 20s}, {@code 5m}, {@code 24h}
 * (a bare number means seconds).
 */
public final class DurationConverter implements ITypeConverter<Duration>
{
    @Override
    public Duration convert(final String value)
    {
        return parse(value);
    }

    /**
     * @param value e.g. {@code 500ms}, {@code 20s}, {@code 1m}, {@code 24h}.
     * @return the duration.
     * @throws IllegalArgumentException if the text is not a non-negative number with a known unit.
     */
    public static Duration parse(final String value)
    {
        final String text = value.trim();
        int split = 0;
        while (split < text.length() && Character.isDigit(text.charAt(split)))
        {
            split++;
        }
        if (split == 0 || split > 18)
        {
            throw new IllegalArgumentException("'" + value + "' is not a duration like 500ms, 20s, 5m or 24h");
        }
        final long amount = Long.parseLong(text.substring(0, split));
        return switch (text.substring(split))
        {
            case "ms" -> Duration.ofMillis(amount);
            case "", "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("'" + value + "' has an unknown unit (use ms, s, m or h)");
        };
    }
}
