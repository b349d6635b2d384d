package dev.spindle.engine.log;

/**
 * One JSON object per line: {@code {"ts":"2024-08-08T23:54:14.123456Z","epochNs":...,"level":"INFO",
 * "code":"SNAPSHOT_APPLIED","source":"binance:BTCUSDT","text":"...","args":{"bids":1000,"asks":1000}}}. Arguments
 * sit in {@code args} so their keys can never clash with the fixed fields (decimals are JSON numbers);
 * {@code text} and {@code args} appear only when present, {@code "truncated":true} only when something was cut.
 */
final class JsonFormatter implements EventFormatter
{
    private static final byte[][] CODES = EncodedStrings.codeBytes(true);
    private static final byte[][] LEVELS = levels();
    private static final byte[] OPEN_TS = EncodedStrings.ascii("{\"ts\":\"");
    private static final byte[] EPOCH_NS = EncodedStrings.ascii("\",\"epochNs\":");
    private static final byte[] CODE = EncodedStrings.ascii(",\"code\":\"");
    private static final byte[] SOURCE = EncodedStrings.ascii("\",\"source\":\"");
    private static final byte[] TEXT = EncodedStrings.ascii(",\"text\":\"");
    private static final byte[] ARGS = EncodedStrings.ascii(",\"args\":{");
    private static final byte[] KEY_END = EncodedStrings.ascii("\":");
    private static final byte[] TRUNCATED = EncodedStrings.ascii(",\"truncated\":true");
    private static final byte[] CLOSE = EncodedStrings.ascii("}\n");

    private final EncodedStrings strings = EncodedStrings.json();

    @Override
    public void format(final LogEvent event, final long epochNs, final long sinceNs, final LineBuffer out)
    {
        final EventCode code = event.code();
        out.reserveLine();
        out.putBytes(OPEN_TS);
        out.putTimestamp(epochNs);
        out.putBytes(EPOCH_NS);
        out.putEpochNanos(epochNs);
        out.putBytes(LEVELS[code.level().ordinal()]);
        out.putBytes(CODE);
        out.putBytes(CODES[code.ordinal()]);
        out.putBytes(SOURCE);
        strings.put(event.source(), EncodedStrings.SOURCE_SLOT, out);
        out.putByte('"');
        final int textLength = event.textLength();
        if (textLength > 0)
        {
            out.putBytes(TEXT);
            out.putJsonEscaped(event.text(), textLength);
            out.putByte('"');
        }
        final int argCount = event.argCount();
        if (argCount > 0)
        {
            out.putBytes(ARGS);
            for (int i = 0; i < argCount; i++)
            {
                if (i > 0)
                {
                    out.putByte(',');
                }
                out.putByte('"');
                strings.put(event.key(i), i + 1, out);
                out.putBytes(KEY_END);
                out.putDecimal(event.value(i), event.scale(i));
            }
            out.putByte('}');
        }
        if (event.truncated())
        {
            out.putBytes(TRUNCATED);
        }
        out.putBytes(CLOSE);
    }

    private static byte[][] levels()
    {
        final LogLevel[] levels = LogLevel.values();
        final byte[][] bytes = new byte[levels.length][];
        for (final LogLevel level : levels)
        {
            bytes[level.ordinal()] = EncodedStrings.ascii(",\"level\":\"" + level.name() + "\"");
        }
        return bytes;
    }
}
