package dev.spindle.bins;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;

/**
 * Reads durations as one or more number-unit pairs: {@code 500ms}, {@code 20s}, {@code 5m}, {@code 1h},
 * {@code 23h50m}, {@code 1m30s}; a bare number means seconds.
 */
public final class DurationConverter implements ITypeConverter<Duration>
{
    private static final Pattern PART = Pattern.compile("(\\d{1,12})(ms|s|m|h)");
    private static final Pattern BARE = Pattern.compile("\\d{1,12}");

    @Override
    public Duration convert(final String value)
    {
        return parse(value);
    }

    /**
     * @param value e.g. {@code 23h50m}.
     * @return the duration.
     * @throws IllegalArgumentException if the text is not a sequence of number-unit pairs.
     */
    public static Duration parse(final String value)
    {
        final String text = null == value ? "" : value.trim();
        if (BARE.matcher(text).matches())
        {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        final Matcher part = PART.matcher(text);
        Duration total = Duration.ZERO;
        int at = 0;
        while (at < text.length() && part.find(at) && part.start() == at)
        {
            final long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2))
            {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            at = part.end();
        }
        if (text.isEmpty() || at != text.length())
        {
            throw new IllegalArgumentException("'" + value + "' is not a duration like 500ms, 20s, 5m, 1h or 23h50m");
        }
        return total;
    }
}
