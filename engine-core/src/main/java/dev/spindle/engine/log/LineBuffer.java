package dev.spindle.engine.log;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Growable byte buffer the formatters write UTF-8 into, with allocation-free number, decimal and timestamp
 * rendering. Logger thread only.
 */
final class LineBuffer
{
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int DATE_TIME_LENGTH = 20; // "yyyy-MM-ddTHH:mm:ss."

    private final byte[] digits = new byte[20];
    private final byte[] dateTime = new byte[DATE_TIME_LENGTH];
    private long dateTimeSecond = Long.MIN_VALUE;
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

    String asString()
    {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    void putByte(final int b)
    {
        ensure(1);
        bytes[length++] = (byte)b;
    }

    /** Caller guarantees the text is ASCII (keys, labels, enum names). */
    void putAscii(final String text)
    {
        final int count = text.length();
        ensure(count);
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

    void putLong(final long value)
    {
        putDecimal(value, 0);
    }

    /** Exact decimal of {@code mantissa / 10^scale}, e.g. (-5, 3) → {@code -0.005}. */
    void putDecimal(final long mantissa, final int scale)
    {
        ensure(22);
        if (mantissa < 0)
        {
            bytes[length++] = '-';
        }
        int count = 0;
        long remaining = mantissa;
        do
        {
            digits[count++] = (byte)('0' + Math.abs(remaining % 10));
            remaining /= 10;
        }
        while (remaining != 0);
        while (count <= scale)
        {
            digits[count++] = '0';
        }
        for (int i = count - 1; i >= 0; i--)
        {
            bytes[length++] = digits[i];
            if (i == scale && scale > 0)
            {
                bytes[length++] = '.';
            }
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.uuuuuuZ} in UTC, microseconds. */
    void putTimestamp(final long epochNs)
    {
        final long second = Math.floorDiv(epochNs, NANOS_PER_SECOND);
        if (second != dateTimeSecond)
        {
            renderDateTime(second);
        }
        ensure(DATE_TIME_LENGTH + 7);
        System.arraycopy(dateTime, 0, bytes, length, DATE_TIME_LENGTH);
        length += DATE_TIME_LENGTH;
        putFixed(Math.floorMod(epochNs, NANOS_PER_SECOND) / 1000, 6);
        bytes[length++] = 'Z';
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
        putFixed(year, 4);
        bytes[length++] = '-';
        putFixed(month, 2);
        bytes[length++] = '-';
        putFixed(day, 2);
        bytes[length++] = 'T';
        putFixed(secondOfDay / 3600, 2);
        bytes[length++] = ':';
        putFixed(secondOfDay / 60 % 60, 2);
        bytes[length++] = ':';
        putFixed(secondOfDay % 60, 2);
        bytes[length++] = '.';
        bytes = target;
        length = saved;
        dateTimeSecond = second;
    }

    private void putFixed(final long value, final int width)
    {
        long remaining = value;
        for (int i = length + width - 1; i >= length; i--)
        {
            bytes[i] = (byte)('0' + remaining % 10);
            remaining /= 10;
        }
        length += width;
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
        if (length + extra > bytes.length)
        {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
