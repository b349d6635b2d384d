package dev.spindle.engine.log;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Growable byte buffer the formatters write UTF-8 into, with allocation-free number, decimal and timestamp
 * rendering. Logger thread only.
 * <p>
 * Fixed-size puts (bytes, ASCII literals, numbers, timestamps) skip the capacity check: a formatter calls
 * {@link #reserveLine()} before each line, and every variable-size put (encoded strings, text) leaves at least
 * {@value #LINE_RESERVE} bytes free after itself, more than the fixed parts of any one line need.
 */
final class LineBuffer
{
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int DATE_TIME_LENGTH = 20; // "yyyy-MM-ddTHH:mm:ss."
    /** Room for the fixed-size parts of one line (a 12-argument JSON line needs about 500). */
    static final int LINE_RESERVE = 1024;
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static
    {
        for (int i = 0; i < 100; i++)
        {
            TENS[i] = (byte)('0' + i / 10);
            ONES[i] = (byte)('0' + i % 10);
        }
    }

    private final byte[] dateTime = new byte[DATE_TIME_LENGTH];
    private long dateTimeSecond = Long.MIN_VALUE;
    private final byte[] secondDigits = new byte[20];
    private int secondDigitsLength;
    private long secondDigitsSecond = Long.MIN_VALUE;
    private byte[] bytes;
    private int length;

    LineBuffer(final int initialCapacity)
    {
        bytes = new byte[initialCapacity];
    }

    int length()
    {
        return length;
    }

    void writeTo(final OutputStream out) throws IOException
    {
        out.write(bytes, 0, length);
        length = 0;
    }

    void clear()
    {
        length = 0;
    }

    byte[] copy()
    {
        return Arrays.copyOf(bytes, length);
    }

    /** Make room for the fixed-size parts of one line. */
    void reserveLine()
    {
        ensure(0);
    }

    void putByte(final int b)
    {
        bytes[length++] = (byte)b;
    }

    /** Caller guarantees the text is short ASCII (literals, labels, enum names) within the reserve. */
    void putAscii(final String text)
    {
        final int count = text.length();
        for (int i = 0; i < count; i++)
        {
            bytes[length++] = (byte)text.charAt(i);
        }
    }

    void putUtf8(final CharSequence text)
    {
        final int count = text.length();
        ensure(count * 3);
        for (int i = 0; i < count; i++)
        {
            i = putChar(text.charAt(i), text, i);
        }
    }

    void putUtf8(final char[] text, final int count)
    {
        ensure(count * 3);
        for (int i = 0; i < count; i++)
        {
            final char c = text[i];
            if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(text[i + 1]))
            {
                putCodePoint(Character.toCodePoint(c, text[i + 1]));
                i++;
            }
            else
            {
                putSingle(c);
            }
        }
    }

    /** JSON string body (no quotes): escapes quote, backslash and control chars. */
    void putJsonEscaped(final CharSequence text)
    {
        final int count = text.length();
        for (int i = 0; i < count; i++)
        {
            final char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20)
            {
                putJsonEscape(c);
            }
            else
            {
                ensure(4);
                i = putChar(c, text, i);
            }
        }
    }

    void putJsonEscaped(final char[] text, final int count)
    {
        for (int i = 0; i < count; i++)
        {
            final char c = text[i];
            if (c == '"' || c == '\\' || c < 0x20)
            {
                putJsonEscape(c);
            }
            else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(text[i + 1]))
            {
                ensure(4);
                putCodePoint(Character.toCodePoint(c, text[i + 1]));
                i++;
            }
            else
            {
                ensure(3);
                putSingle(c);
            }
        }
    }

    void putBytes(final byte[] source)
    {
        ensure(source.length);
        System.arraycopy(source, 0, bytes, length, source.length);
        length += source.length;
    }

    void putLong(final long value)
    {
        putDecimal(value, 0);
    }

    /** Exact decimal of {@code mantissa / 10^scale}, e.g. (-5, 3) → {@code -0.005}; scale 0 to 18. */
    void putDecimal(final long mantissa, final int scale)
    {
        if (mantissa < 0)
        {
            bytes[length++] = '-';
            if (mantissa == Long.MIN_VALUE)
            {
                putMinValue(scale);
                return;
            }
        }
        long remaining = Math.abs(mantissa);
        final int digits = Math.max(digitCount(remaining), scale + 1);
        final int end = length + digits + (scale > 0 ? 1 : 0);
        int position = end;
        for (int i = 0; i < scale; i++)
        {
            final long quotient = remaining / 10;
            bytes[--position] = (byte)('0' + (remaining - quotient * 10));
            remaining = quotient;
        }
        if (scale > 0)
        {
            bytes[--position] = '.';
        }
        while (remaining >= 100)
        {
            final long quotient = remaining / 100;
            final int pair = (int)(remaining - quotient * 100);
            bytes[--position] = ONES[pair];
            bytes[--position] = TENS[pair];
            remaining = quotient;
        }
        final int last = (int)remaining;
        bytes[--position] = ONES[last];
        if (last >= 10)
        {
            bytes[--position] = TENS[last];
        }
        while (position > length)
        {
            bytes[--position] = '0';
        }
        length = end;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.uuuuuuZ} in UTC, microseconds. */
    void putTimestamp(final long epochNs)
    {
        final long second = Math.floorDiv(epochNs, NANOS_PER_SECOND);
        if (second != dateTimeSecond)
        {
            renderDateTime(second);
        }
        System.arraycopy(dateTime, 0, bytes, length, DATE_TIME_LENGTH);
        length += DATE_TIME_LENGTH;
        putFixed((int)(Math.floorMod(epochNs, NANOS_PER_SECOND) / 1000), 6);
        bytes[length++] = 'Z';
    }

    /** {@code epochNs} as a plain integer; the digits of its second are cached since they rarely change. */
    void putEpochNanos(final long epochNs)
    {
        if (epochNs < NANOS_PER_SECOND)
        {
            putLong(epochNs);
            return;
        }
        final long second = epochNs / NANOS_PER_SECOND;
        if (second != secondDigitsSecond)
        {
            final int saved = length;
            final byte[] target = bytes;
            bytes = secondDigits;
            length = 0;
            putLong(second);
            secondDigitsLength = length;
            bytes = target;
            length = saved;
            secondDigitsSecond = second;
        }
        System.arraycopy(secondDigits, 0, bytes, length, secondDigitsLength);
        length += secondDigitsLength;
        putFixed((int)(epochNs - second * NANOS_PER_SECOND), 9);
    }

    private void renderDateTime(final long second)
    {
        // Days to civil date: Howard Hinnant's algorithm, valid for any epoch day.
        final long days = Math.floorDiv(second, 86_400L);
        final long secondOfDay = Math.floorMod(second, 86_400L);
        final long z = days + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long dayOfEra = z - era * 146_097;
        final long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long mp = (5 * dayOfYear + 2) / 153;
        final long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        final long month = mp < 10 ? mp + 3 : mp - 9;
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

        final int saved = length;
        final byte[] target = bytes;
        bytes = dateTime;
        length = 0;
        putFixed((int)year, 4);
        bytes[length++] = '-';
        putFixed((int)month, 2);
        bytes[length++] = '-';
        putFixed((int)day, 2);
        bytes[length++] = 'T';
        putFixed((int)(secondOfDay / 3600), 2);
        bytes[length++] = ':';
        putFixed((int)(secondOfDay / 60 % 60), 2);
        bytes[length++] = ':';
        putFixed((int)(secondOfDay % 60), 2);
        bytes[length++] = '.';
        bytes = target;
        length = saved;
        dateTimeSecond = second;
    }

    /** {@code value} in exactly {@code width} digits, zero padded, two digits per division. */
    private void putFixed(final int value, final int width)
    {
        int remaining = value;
        int i = length + width - 1;
        for (; i > length; i -= 2)
        {
            final int quotient = remaining / 100;
            final int pair = remaining - quotient * 100;
            bytes[i] = ONES[pair];
            bytes[i - 1] = TENS[pair];
            remaining = quotient;
        }
        if (i == length)
        {
            bytes[i] = ONES[remaining % 10];
        }
        length += width;
    }

    private void putMinValue(final int scale)
    {
        // |Long.MIN_VALUE| does not fit a long: render its known digits.
        final String digits = "9223372036854775808";
        final int integerDigits = digits.length() - scale;
        putAscii(digits.substring(0, integerDigits));
        if (scale > 0)
        {
            bytes[length++] = '.';
            putAscii(digits.substring(integerDigits));
        }
    }

    private static int digitCount(final long positive)
    {
        long bound = 10;
        for (int digits = 1; digits < 19; digits++)
        {
            if (positive < bound)
            {
                return digits;
            }
            bound *= 10;
        }
        return 19;
    }

    private int putChar(final char c, final CharSequence text, final int index)
    {
        if (Character.isHighSurrogate(c) && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1)))
        {
            putCodePoint(Character.toCodePoint(c, text.charAt(index + 1)));
            return index + 1;
        }
        putSingle(c);
        return index;
    }

    private void putSingle(final char c)
    {
        if (c < 0x80)
        {
            bytes[length++] = (byte)c;
        }
        else if (c < 0x800)
        {
            bytes[length++] = (byte)(0xC0 | (c >> 6));
            bytes[length++] = (byte)(0x80 | (c & 0x3F));
        }
        else if (Character.isSurrogate(c))
        {
            bytes[length++] = '?';
        }
        else
        {
            bytes[length++] = (byte)(0xE0 | (c >> 12));
            bytes[length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[length++] = (byte)(0x80 | (c & 0x3F));
        }
    }

    private void putCodePoint(final int codePoint)
    {
        bytes[length++] = (byte)(0xF0 | (codePoint >> 18));
        bytes[length++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
        bytes[length++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
        bytes[length++] = (byte)(0x80 | (codePoint & 0x3F));
    }

    private void putJsonEscape(final char c)
    {
        ensure(6);
        bytes[length++] = '\\';
        switch (c)
        {
            case '"':
                bytes[length++] = '"';
                break;
            case '\\':
                bytes[length++] = '\\';
                break;
            case '\n':
                bytes[length++] = 'n';
                break;
            case '\r':
                bytes[length++] = 'r';
                break;
            case '\t':
                bytes[length++] = 't';
                break;
            default:
                bytes[length++] = 'u';
                bytes[length++] = '0';
                bytes[length++] = '0';
                bytes[length++] = HEX[c >> 4];
                bytes[length++] = HEX[c & 0xF];
        }
    }

    private void ensure(final int extra)
    {
        final int needed = length + extra + LINE_RESERVE;
        if (needed > bytes.length)
        {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, needed));
        }
    }
}
