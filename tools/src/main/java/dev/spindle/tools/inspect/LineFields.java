package dev.spindle.tools.inspect;

import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONReader;

/**
 * The few fields inspect needs from a captured line, read with fastjson2's streaming reader (other values are
 * skipped, not built): {@code U}, {@code u}, {@code pu} and the exchange time ({@code E}, or Hyperliquid's
 * {@code time}), from a raw payload or from inside a combined-stream wrapper's {@code data}. Reused per line.
 */
final class LineFields
{
    static final long ABSENT = Long.MIN_VALUE;

    long firstId;
    long lastId;
    long previousLastId;
    long eventTimeMs;

    /**
     * @return false when the line is not a JSON object (every field then stays {@link #ABSENT}).
     */
    boolean parse(final byte[] buf, final int offset, final int length)
    {
        firstId = ABSENT;
        lastId = ABSENT;
        previousLastId = ABSENT;
        eventTimeMs = ABSENT;
        try (JSONReader reader = JSONReader.of(buf, offset, length))
        {
            if (!reader.nextIfObjectStart())
            {
                return false;
            }
            readObject(reader, true);
            return true;
        }
        catch (final JSONException ex)
        {
            return false;
        }
    }

    boolean hasIds()
    {
        return ABSENT != firstId && ABSENT != lastId;
    }

    private void readObject(final JSONReader reader, final boolean wrapper)
    {
        long time = ABSENT;
        while (!reader.nextIfObjectEnd())
        {
            final String name = reader.readFieldName();
            if (wrapper && "data".equals(name) && reader.isObject())
            {
                reader.nextIfObjectStart();
                readObject(reader, false);
                continue;
            }
            if (!reader.isNumber())
            {
                reader.skipValue();
                continue;
            }
            switch (name)
            {
                case "U":
                    firstId = reader.readInt64Value();
                    break;
                case "u":
                    lastId = reader.readInt64Value();
                    break;
                case "pu":
                    previousLastId = reader.readInt64Value();
                    break;
                case "E":
                    eventTimeMs = reader.readInt64Value();
                    break;
                case "time":
                    time = reader.readInt64Value();
                    break;
                default:
                    reader.skipValue();
                    break;
            }
        }
        if (ABSENT == eventTimeMs && ABSENT != time)
        {
            eventTimeMs = time;
        }
    }
}
