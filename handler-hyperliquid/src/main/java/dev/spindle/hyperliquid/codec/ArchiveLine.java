package dev.spindle.hyperliquid.codec;

/**
 * Unwraps one line of Hyperliquid's public market-data archive ({@code s3://hyperliquid-archive/market_data/..},
 * protocol notes C8): {@code {"time":"2024-01-01T12:00:01.138942031","ver_num":1,"raw":<exact WS frame>}}. The
 * {@code raw} value is located in place, so it can be fed to {@link FrameDecoder} as the frame it was on the
 * wire; {@code time}, the recorder's local receive time, is read as UTC into epoch nanoseconds.
 * <p>
 * Allocation-free; the results describe the last unwrapped line. One instance per thread.
 */
public final class ArchiveLine
{
    private static final byte[] TIME = Ascii.bytes("time");
    private static final byte[] VER_NUM = Ascii.bytes("ver_num");
    private static final byte[] RAW = Ascii.bytes("raw");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_FRACTION_DIGITS = 9;

    private final JsonScanner scanner = new JsonScanner("archive line");
    private int rawOffset;
    private int rawLength;
    private long localTimeNs;
    private long verNum;

    /**
     * Locate the frame of an archive line and read its receive time.
     *
     * @param buf bytes holding the line.
     * @param off first byte of the line.
     * @param len line length, without the line terminator.
     * @throws DecodeException if the line is not such an object, lacks {@code time} or {@code raw}, or its time
     *                         is not an ISO-8601 date-time.
     */
    public void unwrap(final byte[] buf, final int off, final int len)
    {
        final JsonScanner s = scanner;
        s.wrap(buf, off, len);
        rawOffset = -1;
        rawLength = 0;
        verNum = 0;
        boolean sawTime = false;
        s.beginObject();
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(RAW))
            {
                s.peek();
                rawOffset = s.position();
                s.skipValue();
                rawLength = s.position() - rawOffset;
            }
            else if (s.keyIs(TIME))
            {
                s.readString();
                localTimeNs = parseIsoUtc(s, buf, s.stringOffset(), s.stringLength());
                sawTime = true;
            }
            else if (s.keyIs(VER_NUM))
            {
                verNum = s.readLong();
            }
            else
            {
                s.skipValue();
            }
        }
        s.endOfInput();
        if (rawOffset < 0 || !sawTime)
        {
            throw s.error("archive line missing" + (sawTime ? "" : " time") + (rawOffset < 0 ? " raw" : ""));
        }
    }

    /** @return offset of the raw frame in the unwrapped buffer. */
    public int rawOffset()
    {
        return rawOffset;
    }

    /** @return length of the raw frame in bytes. */
    public int rawLength()
    {
        return rawLength;
    }

    /** @return {@code time}: the recorder's receive time, epoch ns (read as UTC). */
    public long localTimeNs()
    {
        return localTimeNs;
    }

    /** @return {@code ver_num}: the archive format version (1), or 0 if absent. */
    public long verNum()
    {
        return verNum;
    }

    /**
     * Read {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z]} (up to 9 fraction digits) as UTC.
     *
     * @return epoch nanoseconds.
     */
    static long parseIsoUtc(final JsonScanner s, final byte[] buf, final int off, final int len)
    {
        final int end = off + len;
        if (len < 19 || buf[off + 4] != '-' || buf[off + 7] != '-' || (buf[off + 10] != 'T' && buf[off + 10] != ' ') ||
            buf[off + 13] != ':' || buf[off + 16] != ':')
        {
            throw s.error("time is not an ISO date-time '" + s.excerpt(off, len) + "'");
        }
        final int year = digits(s, buf, off, 4);
        final int month = digits(s, buf, off + 5, 2);
        final int day = digits(s, buf, off + 8, 2);
        final int hour = digits(s, buf, off + 11, 2);
        final int minute = digits(s, buf, off + 14, 2);
        final int second = digits(s, buf, off + 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        {
            throw s.error("time out of range '" + s.excerpt(off, len) + "'");
        }
        long nanos = 0;
        int i = off + 19;
        if (i < end && buf[i] == '.')
        {
            i++;
            int fractionDigits = 0;
            while (i < end && buf[i] >= '0' && buf[i] <= '9')
            {
                if (++fractionDigits > MAX_FRACTION_DIGITS)
                {
                    throw s.error("time has more than 9 fraction digits '" + s.excerpt(off, len) + "'");
                }
                nanos = nanos * 10 + (buf[i] - '0');
                i++;
            }
            for (int k = fractionDigits; k < MAX_FRACTION_DIGITS; k++)
            {
                nanos *= 10;
            }
        }
        if (i < end && buf[i] == 'Z')
        {
            i++;
        }
        if (i != end)
        {
            throw s.error("time is not an ISO date-time '" + s.excerpt(off, len) + "'");
        }
        final long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        return seconds * NANOS_PER_SECOND + nanos;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(final int year, final int month, final int day)
    {
        final int y = month <= 2 ? year - 1 : year;
        final int era = (y >= 0 ? y : y - 399) / 400;
        final int yearOfEra = y - era * 400;
        final int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        final int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    private static int digits(final JsonScanner s, final byte[] buf, final int off, final int count)
    {
        int value = 0;
        for (int i = off; i < off + count; i++)
        {
            final int d = buf[i] - '0';
            if (d < 0 || d > 9)
            {
                throw s.error("time is not an ISO date-time '" + s.excerpt(off, count) + "'");
            }
            value = value * 10 + d;
        }
        return value;
    }
}
