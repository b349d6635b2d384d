package dev.spindle.capture;

/**
 * Allocation-free search for a one-letter JSON key with a non-negative integer value ({@code "u":123}) in raw
 * frame bytes. Matches the first occurrence; good enough for venue frames whose key names are fixed.
 */
final class JsonLongScan
{
    private JsonLongScan()
    {
    }

    static long find(final byte[] buf, final int offset, final int length, final byte key)
    {
        final int end = offset + length;
        for (int i = offset; i + 3 < end; i++)
        {
            if ('"' == buf[i] && key == buf[i + 1] && '"' == buf[i + 2])
            {
                int p = i + 3;
                while (p < end && ' ' == buf[p])
                {
                    p++;
                }
                if (p >= end || ':' != buf[p])
                {
                    continue;
                }
                p++;
                while (p < end && ' ' == buf[p])
                {
                    p++;
                }
                return digits(buf, p, end);
            }
        }
        return -1;
    }

    private static long digits(final byte[] buf, final int start, final int end)
    {
        long value = 0;
        int p = start;
        while (p < end && buf[p] >= '0' && buf[p] <= '9' && p - start < 18)
        {
            value = value * 10 + (buf[p] - '0');
            p++;
        }
        return p == start ? -1 : value;
    }
}
