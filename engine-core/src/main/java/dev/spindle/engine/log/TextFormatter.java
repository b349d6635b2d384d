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

    @Override
    public void format(final LogEvent event, final long epochNs, final long sinceNs, final LineBuffer out)
    {
        out.putTimestamp(epochNs);
        out.putByte(' ');
        putLevel(event.code().level(), out);
        out.putByte('[');
        out.putUtf8(String.valueOf(event.source()));
        out.putAscii("] ");
        out.putAscii(event.code().label());
        if (event.textLength() > 0)
        {
            out.putByte(' ');
            out.putUtf8(event.text(), event.textLength());
        }
        for (int i = 0; i < event.argCount(); i++)
        {
            out.putByte(' ');
            out.putUtf8(String.valueOf(event.key(i)));
            out.putByte('=');
            out.putDecimal(event.value(i), event.scale(i));
        }
        if (event.truncated())
        {
            out.putAscii(" (truncated)");
        }
        if (sinceNs >= 0)
        {
            putSince(sinceNs, out);
        }
        out.putByte('\n');
    }

    private static void putLevel(final LogLevel level, final LineBuffer out)
    {
        switch (level)
        {
            case ERROR:
                out.putAscii("ERROR ");
                break;
            case WARN:
                out.putAscii("WARN  ");
                break;
            default:
                out.putAscii("INFO  ");
        }
    }

    private static void putSince(final long sinceNs, final LineBuffer out)
    {
        out.putAscii(" (+");
        if (sinceNs < TEN_MS_NS)
        {
            out.putLong(sinceNs / 1_000);
            out.putAscii("us)");
        }
        else if (sinceNs < TEN_S_NS)
        {
            out.putLong(sinceNs / 1_000_000);
            out.putAscii("ms)");
        }
        else
        {
            out.putLong(sinceNs / 1_000_000_000);
            out.putAscii("s)");
        }
    }
}
