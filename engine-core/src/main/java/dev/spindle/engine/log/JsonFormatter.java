package dev.spindle.engine.log;

/**
 * One JSON object per line: {@code {"ts":"2024-08-08T23:54:14.123456Z","epochNs":...,"level":"INFO",
 * "code":"SNAPSHOT_APPLIED","source":"binance:BTCUSDT","text":"...","args":{"bids":1000,"asks":1000}}}. Arguments
 * sit in {@code args} so their keys can never clash with the fixed fields (decimals are JSON numbers);
 * {@code text} and {@code args} appear only when present, {@code "truncated":true} only when something was cut.
 */
final class JsonFormatter implements EventFormatter
{
    @Override
    public void format(final LogEvent event, final long epochNs, final long sinceNs, final LineBuffer out)
    {
        out.putAscii("{\"ts\":\"");
        out.putTimestamp(epochNs);
        out.putAscii("\",\"epochNs\":");
        out.putLong(epochNs);
        out.putAscii(",\"level\":\"");
        out.putAscii(event.code().level().name());
        out.putAscii("\",\"code\":\"");
        out.putAscii(event.code().name());
        out.putAscii("\",\"source\":\"");
        out.putJsonEscaped(String.valueOf(event.source()));
        out.putByte('"');
        if (event.textLength() > 0)
        {
            out.putAscii(",\"text\":\"");
            out.putJsonEscaped(event.text(), event.textLength());
            out.putByte('"');
        }
        if (event.argCount() > 0)
        {
            out.putAscii(",\"args\":{");
            for (int i = 0; i < event.argCount(); i++)
            {
                if (i > 0)
                {
                    out.putByte(',');
                }
                out.putByte('"');
                out.putJsonEscaped(String.valueOf(event.key(i)));
                out.putAscii("\":");
                out.putDecimal(event.value(i), event.scale(i));
            }
            out.putByte('}');
        }
        if (event.truncated())
        {
            out.putAscii(",\"truncated\":true");
        }
        out.putAscii("}\n");
    }
}
