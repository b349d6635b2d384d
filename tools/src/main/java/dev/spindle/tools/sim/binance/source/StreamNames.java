package dev.spindle.tools.sim.binance.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Binance stream-name rules: lower-case symbol, {@code @}, then the stream type (camel case as Binance writes
 * it, e.g. {@code bookTicker}).
 */
public final class StreamNames
{
    /** The standard spot streams the simulator serves for every symbol it knows. */
    private static final Pattern STANDARD =
        Pattern.compile("[a-z0-9]+@(depth|depth@100ms|trade|aggTrade|bookTicker)");

    /** Suffix of the 100 ms diff-depth stream. */
    public static final String DEPTH_100MS = "@depth@100ms";
    /** Suffix of the 1000 ms diff-depth stream. */
    public static final String DEPTH_1000MS = "@depth";

    private StreamNames()
    {
    }

    /**
     * @param stream a stream name.
     * @return true for {@code <sym>@depth}, {@code <sym>@depth@100ms} and {@code <sym>@trade|aggTrade|bookTicker}
     * with a lower-case symbol.
     */
    public static boolean isStandard(final String stream)
    {
        return STANDARD.matcher(stream).matches();
    }

    /**
     * @param stream a stream name.
     * @return true for a diff-depth stream ({@code <sym>@depth} or {@code <sym>@depth@<n>ms}); partial-depth
     * streams such as {@code @depth5} are not diffs.
     */
    public static boolean isDiffDepth(final String stream)
    {
        final int at = stream.indexOf('@');
        if (at < 0)
        {
            return false;
        }
        final String type = stream.substring(at + 1);
        if (type.equals("depth"))
        {
            return true;
        }
        if (!type.startsWith("depth@") || !type.endsWith("ms") || type.length() <= "depth@ms".length())
        {
            return false;
        }
        for (int i = "depth@".length(); i < type.length() - 2; i++)
        {
            if (!Character.isDigit(type.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    /**
     * @param stream a stream name.
     * @return the upper-case symbol before the first {@code @} (the whole name when there is none).
     */
    public static String symbolOf(final String stream)
    {
        final int at = stream.indexOf('@');
        return (at < 0 ? stream : stream.substring(0, at)).toUpperCase(Locale.ROOT);
    }

    /**
     * @param symbol upper- or lower-case symbol.
     * @param suffix stream suffix, e.g. {@link #DEPTH_100MS}.
     * @return the stream name, e.g. {@code ethusdt@depth@100ms}.
     */
    public static String of(final String symbol, final String suffix)
    {
        return symbol.toLowerCase(Locale.ROOT) + suffix;
    }
}
