package dev.spindle.engine.log;

/**
 * {@code 2024-08-08T23:54:14.123456Z INFO  [binance:BTCUSDT] snapshot applied bids=1000 asks=1000 (+219us)}: time,
 * level, source, the code's label, free text, {@code key=value} arguments, then the time since the previous event
 * of the same source.
 */
final class TextFormatter implements EventFormatter
{
    private static final long TEN_MS_NS = 10_000_000L;
    private static final long TEN_S_NS = 10_000_000_000L;
    private static final byte[][] LABELS = EncodedStrings.codeBytes(false);
    private static final byte[][] LEVELS = levels();
    private static final byte[] SECONDS = EncodedStrings.ascii("s)");
    private static final byte[] MILLIS = EncodedStrings.ascii("ms)");
    private static final byte[] MICROS = EncodedStrings.ascii("us)");
    private static final byte[] SINCE = EncodedStrings.ascii(" (+");
    private static final byte[] TRUNCATED = EncodedStrings.ascii(" (truncated)");

    private final EncodedStrings strings = EncodedStrings.utf8();

    @Override
    public void format(final LogEvent event, final long epochNs, final long sinceNs, final LineBuffer out)
    {
        final EventCode code = event.code();
        out.reserveLine();
        out.putTimestamp(epochNs);
        out.putBytes(LEVELS[code.level().ordinal()]);
        out.putByte('[');
        strings.put(event.source(), EncodedStrings.SOURCE_SLOT, out);
        out.putByte(']');
        out.putByte(' ');
        out.putBytes(LABELS[code.ordinal()]);
        final int textLength = event.textLength();
        if (textLength > 0)
        {
            out.putByte(' ');
            out.putUtf8(event.text(), textLength);
        }
        final int argCount = event.argCount();
        for (int i = 0; i < argCount; i++)
        {
            out.putByte(' ');
            strings.put(event.key(i), i + 1, out);
            out.putByte('=');
            out.putDecimal(event.value(i), event.scale(i));
        }
        if (event.truncated())
        {
            out.putBytes(TRUNCATED);
        }
        if (sinceNs >= 0)
        {
            putSince(sinceNs, out);
        }
        out.putByte('\n');
    }

    private static byte[][] levels()
    {
        final LogLevel[] levels = LogLevel.values();
        final byte[][] bytes = new byte[levels.length][];
        for (final LogLevel level : levels)
        {
            // " INFO  ", " WARN  ", " ERROR ": aligned columns after the timestamp.
            bytes[level.ordinal()] = EncodedStrings.ascii(" " + String.format("%-5s", level.name()) + " ");
        }
        return bytes;
    }

    private static void putSince(final long sinceNs, final LineBuffer out)
    {
        out.putBytes(SINCE);
        if (sinceNs < TEN_MS_NS)
        {
            out.putLong(sinceNs / 1_000);
            out.putBytes(MICROS);
        }
        else if (sinceNs < TEN_S_NS)
        {
            out.putLong(sinceNs / 1_000_000);
            out.putBytes(MILLIS);
        }
        else
        {
            out.putLong(sinceNs / 1_000_000_000);
            out.putBytes(SECONDS);
        }
    }
}
