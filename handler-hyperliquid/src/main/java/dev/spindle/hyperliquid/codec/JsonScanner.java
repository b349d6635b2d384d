package dev.spindle.hyperliquid.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Decimal;

/**
 * A forward-only JSON scanner over a byte slice: reads keys, integers and quoted decimals in place and skips
 * anything else, allocating only to word a {@link DecodeException}.
 * <p>
 * Its API mirrors the scanner of {@code handler-binance} (handlers do not depend on each other, so each has
 * its own until a shared one exists). Objects are walked with {@link #beginObject()} and
 * {@code while (nextKey(first))}, arrays with {@link #beginArray()} and {@code while (nextElement(first))};
 * missing or stray commas are errors.
 */
final class JsonScanner
{
    private static final int EXCERPT_BYTES = 48;
    /** Up to 18 significant digits fit a long without overflow checks. */
    private static final int MAX_SAFE_DIGITS = 18;
    /** Order counts are ints: nine digits always fit. */
    private static final int MAX_COUNT_DIGITS = 9;
    private static final VarHandle LONG_LE =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Literal PX_FIRST = new Literal("{\"px\":\"");
    private static final Literal N_FIRST = new Literal("{\"n\":");
    private static final Literal SZ_AFTER_STRING = new Literal("\",\"sz\":\"");
    private static final Literal N_AFTER_STRING = new Literal("\",\"n\":");
    private static final Literal PX_AFTER_NUMBER = new Literal(",\"px\":\"");
    private static final Literal END_AFTER_STRING = new Literal("\"}");

    private final String what;
    private byte[] buf;
    private int start;
    private int pos;
    private int end;
    private int keyOffset;
    private int keyLength;
    private int stringOffset;
    private int stringLength;
    private long decimal;
    private long levelPrice;
    private long levelSize;
    private long levelOrders;

    /** @param what kind of message decoded, used to start error messages. */
    JsonScanner(final String what)
    {
        this.what = what;
    }

    void wrap(final byte[] buf, final int off, final int len)
    {
        if (off < 0 || len < 0 || off + len > buf.length)
        {
            throw new IllegalArgumentException("slice " + off + "+" + len + " outside buffer of " + buf.length);
        }
        this.buf = buf;
        this.start = off;
        this.pos = off;
        this.end = off + len;
    }

    byte[] buffer()
    {
        return buf;
    }

    int position()
    {
        return pos;
    }

    void position(final int position)
    {
        pos = position;
    }

    void beginObject()
    {
        expect('{');
    }

    void beginArray()
    {
        expect('[');
    }

    /**
     * Advance to the next member of the current object and read its key and colon.
     *
     * @param first true on the first call after {@link #beginObject()}.
     * @return false once the closing brace is consumed.
     */
    boolean nextKey(final boolean first)
    {
        if (separatorOrClose(first, '}'))
        {
            return false;
        }
        readString();
        keyOffset = stringOffset;
        keyLength = stringLength;
        expect(':');
        return true;
    }

    /**
     * Advance to the next element of the current array.
     *
     * @param first true on the first call after {@link #beginArray()}.
     * @return false once the closing bracket is consumed.
     */
    boolean nextElement(final boolean first)
    {
        return !separatorOrClose(first, ']');
    }

    /** Fail unless only blanks remain. */
    void endOfInput()
    {
        skipBlanks();
        if (pos != end)
        {
            throw error("unexpected content after the message");
        }
    }

    boolean keyIs(final byte[] name)
    {
        return regionEquals(keyOffset, keyLength, name);
    }

    int keyLength()
    {
        return keyLength;
    }

    /** @return the first byte of the current key (call only when {@link #keyLength()} is positive). */
    byte keyFirstByte()
    {
        return buf[keyOffset];
    }

    /** Read a string value in place; its raw bytes (escapes untouched) are at {@link #stringOffset()}. */
    void readString()
    {
        expect('"');
        final int from = pos;
        while (true)
        {
            if (pos >= end)
            {
                pos = from;
                throw error("unterminated string");
            }
            final byte b = buf[pos++];
            if (b == '"')
            {
                break;
            }
            if (b == '\\')
            {
                pos++;
            }
        }
        stringOffset = from;
        stringLength = pos - 1 - from;
    }

    int stringOffset()
    {
        return stringOffset;
    }

    int stringLength()
    {
        return stringLength;
    }

    boolean stringIs(final byte[] value)
    {
        return regionEquals(stringOffset, stringLength, value);
    }

    /** @return true, consuming it, if the next value is {@code null}. */
    boolean nextIsNull()
    {
        skipBlanks();
        if (end - pos >= 4 && buf[pos] == 'n' && buf[pos + 1] == 'u' && buf[pos + 2] == 'l' && buf[pos + 3] == 'l')
        {
            pos += 4;
            return true;
        }
        return false;
    }

    /** @return the next value's first byte without consuming it, or 0 at the end of input. */
    byte peek()
    {
        skipBlanks();
        return pos < end ? buf[pos] : 0;
    }

    long readLong()
    {
        skipBlanks();
        final int from = pos;
        final boolean negative = pos < end && buf[pos] == '-';
        if (negative)
        {
            pos++;
        }
        long acc = 0;
        int digits = 0;
        while (pos < end)
        {
            final int d = buf[pos] - '0';
            if (d < 0 || d > 9)
            {
                break;
            }
            if (acc < Long.MIN_VALUE / 10 || (acc = acc * 10) < Long.MIN_VALUE + d)
            {
                pos = from;
                throw error("integer overflows a long");
            }
            acc -= d;
            digits++;
            pos++;
        }
        if (digits == 0 || (pos < end && (buf[pos] == '.' || buf[pos] == 'e' || buf[pos] == 'E')))
        {
            pos = from;
            throw error("expected an integer");
        }
        if (negative)
        {
            return acc;
        }
        if (acc == Long.MIN_VALUE)
        {
            pos = from;
            throw error("integer overflows a long");
        }
        return -acc;
    }

    /**
     * Read a quoted decimal such as {@code "105055.0"} as a mantissa at {@code scale}.
     *
     * @param field name of the field, for the error message.
     */
    long readDecimal(final int scale, final String field)
    {
        // One pass for the usual shape "digits[.digits]" of at most 18 significant digits, which cannot overflow;
        // anything else takes the careful path, where Decimal.parse decides and words the error.
        int p = pos;
        if (p < end && buf[p] == '"')
        {
            p++;
            final int intStart = p;
            long acc = 0;
            int d;
            while (p < end && (d = buf[p] - '0') >= 0 && d <= 9)
            {
                acc = acc * 10 + d;
                p++;
            }
            final int intDigits = p - intStart;
            int fractionDigits = 0;
            if (p < end && buf[p] == '.')
            {
                p++;
                while (p < end && (d = buf[p] - '0') >= 0 && d <= 9)
                {
                    if (fractionDigits < scale)
                    {
                        acc = acc * 10 + d;
                    }
                    else if (d != 0)
                    {
                        return readDecimalCarefully(scale, field);
                    }
                    fractionDigits++;
                    p++;
                }
                if (fractionDigits == 0)
                {
                    return readDecimalCarefully(scale, field);
                }
            }
            if (p < end && buf[p] == '"' && intDigits > 0 && intDigits + scale <= MAX_SAFE_DIGITS)
            {
                pos = p + 1;
                return fractionDigits >= scale ? acc : acc * Decimal.pow10(scale - fractionDigits);
            }
        }
        return readDecimalCarefully(scale, field);
    }

    /**
     * Read a book level written compactly in one of the venue's two layouts, {@code {"px":"..","sz":"..","n":N}}
     * (archive) or {@code {"n":N,"px":"..","sz":".."}} (live), matching the punctuation as whole literals instead
     * of walking keys. Results are in {@link #levelPrice()}, {@link #levelSize()} and {@link #levelOrders()}.
     *
     * @return true, positioned after the level, if the level has exactly that shape with plain decimals that fit
     * the scales; false, position unchanged, for anything else, which the general walk then reads and judges.
     */
    boolean compactLevel(final int priceScale, final int sizeScale)
    {
        int p = pos;
        if (matches(p, PX_FIRST))
        {
            p = decimalBody(p + PX_FIRST.length(), priceScale);
            if (p < 0 || !matches(p, SZ_AFTER_STRING))
            {
                return false;
            }
            levelPrice = decimal;
            p = decimalBody(p + SZ_AFTER_STRING.length(), sizeScale);
            if (p < 0 || !matches(p, N_AFTER_STRING))
            {
                return false;
            }
            levelSize = decimal;
            p = intBody(p + N_AFTER_STRING.length());
            if (p < 0 || p >= end || buf[p] != '}')
            {
                return false;
            }
            pos = p + 1;
            return true;
        }
        if (matches(p, N_FIRST))
        {
            p = intBody(p + N_FIRST.length());
            if (p < 0 || !matches(p, PX_AFTER_NUMBER))
            {
                return false;
            }
            p = decimalBody(p + PX_AFTER_NUMBER.length(), priceScale);
            if (p < 0 || !matches(p, SZ_AFTER_STRING))
            {
                return false;
            }
            levelPrice = decimal;
            p = decimalBody(p + SZ_AFTER_STRING.length(), sizeScale);
            if (p < 0 || !matches(p, END_AFTER_STRING))
            {
                return false;
            }
            levelSize = decimal;
            pos = p + END_AFTER_STRING.length();
            return true;
        }
        return false;
    }

    long levelPrice()
    {
        return levelPrice;
    }

    long levelSize()
    {
        return levelSize;
    }

    long levelOrders()
    {
        return levelOrders;
    }

    /**
     * A plain decimal at {@code from} into {@link #decimal}, in one pass over its digits.
     *
     * @return the index of its closing quote, or -1 for anything but {@code digits[.digits]} of at most 18
     * significant digits at the scale.
     */
    private int decimalBody(final int from, final int scale)
    {
        int p = from;
        long acc = 0;
        int dot = -1;
        while (p < end)
        {
            final int d = buf[p] - '0';
            if (d >= 0 && d <= 9)
            {
                acc = acc * 10 + d;
            }
            else if (d == '.' - '0' && dot < 0)
            {
                dot = p;
            }
            else
            {
                break;
            }
            p++;
        }
        final int fractionDigits = dot < 0 ? 0 : p - dot - 1;
        final int intDigits = (dot < 0 ? p : dot) - from;
        if (p >= end || buf[p] != '"' || intDigits == 0 || (dot >= 0 && fractionDigits == 0) ||
            fractionDigits > scale || intDigits + scale > MAX_SAFE_DIGITS)
        {
            return -1;
        }
        decimal = acc * Decimal.pow10(scale - fractionDigits);
        return p;
    }

    /** A positive order count at {@code p} into {@link #levelOrders}; @return the index after it, or -1. */
    private int intBody(final int from)
    {
        int p = from;
        long acc = 0;
        int d;
        while (p < end && (d = buf[p] - '0') >= 0 && d <= 9 && p - from < MAX_COUNT_DIGITS)
        {
            acc = acc * 10 + d;
            p++;
        }
        if (p == from || acc == 0 || (p < end && buf[p] >= '0' && buf[p] <= '9'))
        {
            return -1;
        }
        levelOrders = acc;
        return p;
    }

    private boolean matches(final int p, final Literal literal)
    {
        if (end - p >= Long.BYTES)
        {
            return ((long)LONG_LE.get(buf, p) & literal.mask) == literal.value;
        }
        final byte[] bytes = literal.bytes;
        if (end - p < bytes.length)
        {
            return false;
        }
        for (int i = 0; i < bytes.length; i++)
        {
            if (buf[p + i] != bytes[i])
            {
                return false;
            }
        }
        return true;
    }

    private long readDecimalCarefully(final int scale, final String field)
    {
        skipBlanks();
        final int from = pos;
        expect('"');
        final int textStart = pos;
        while (pos < end && buf[pos] != '"')
        {
            pos++;
        }
        if (pos >= end)
        {
            pos = from;
            throw error("unterminated " + field);
        }
        final int textLength = pos - textStart;
        pos++;
        try
        {
            return Decimal.parse(buf, textStart, textLength, scale);
        }
        catch (final NumberFormatException ex)
        {
            pos = from;
            throw error("bad " + field + ": " + ex.getMessage());
        }
    }

    /** Skip any JSON value. */
    void skipValue()
    {
        skipBlanks();
        if (pos >= end)
        {
            throw error("expected a value");
        }
        switch (buf[pos])
        {
            case '"':
                readString();
                return;
            case '{':
            case '[':
                skipNested();
                return;
            case 't':
                literal("true");
                return;
            case 'f':
                literal("false");
                return;
            case 'n':
                literal("null");
                return;
            default:
                skipNumber();
        }
    }

    DecodeException error(final String problem)
    {
        final int at = Math.min(Math.max(pos, start), end);
        final int from = Math.max(start, at - EXCERPT_BYTES / 2);
        final int to = Math.min(end, from + EXCERPT_BYTES);
        final String excerpt = new String(buf, from, to - from, StandardCharsets.UTF_8);
        return new DecodeException(what + ": " + problem + " at byte " + (at - start) + " of " + (end - start) +
            " near '" + (from > start ? "..." : "") + excerpt + (to < end ? "..." : "") + "'");
    }

    /** @return up to 48 bytes at {@code offset} as text, for error messages. */
    String excerpt(final int offset, final int length)
    {
        return new String(buf, offset, Math.min(length, EXCERPT_BYTES), StandardCharsets.UTF_8);
    }

    private void literal(final String word)
    {
        final int n = word.length();
        if (end - pos < n)
        {
            throw error("expected " + word);
        }
        for (int i = 0; i < n; i++)
        {
            if (buf[pos + i] != word.charAt(i))
            {
                throw error("expected " + word);
            }
        }
        pos += n;
    }

    private boolean regionEquals(final int offset, final int length, final byte[] value)
    {
        if (length != value.length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (buf[offset + i] != value[i])
            {
                return false;
            }
        }
        return true;
    }

    private boolean separatorOrClose(final boolean first, final char close)
    {
        // Compact JSON, what the venue sends, never needs the blank-skipping loop.
        if (pos < end)
        {
            final byte b = buf[pos];
            if (b == close)
            {
                pos++;
                return true;
            }
            if (first ? b > ' ' : b == ',')
            {
                pos += first ? 0 : 1;
                return false;
            }
        }
        skipBlanks();
        if (pos >= end)
        {
            throw error("truncated message");
        }
        if (buf[pos] == close)
        {
            pos++;
            return true;
        }
        if (!first)
        {
            expect(',');
        }
        return false;
    }

    private void skipNested()
    {
        int depth = 0;
        while (pos < end)
        {
            final byte b = buf[pos];
            if (b == '"')
            {
                readString();
                continue;
            }
            pos++;
            if (b == '{' || b == '[')
            {
                depth++;
            }
            else if ((b == '}' || b == ']') && --depth == 0)
            {
                return;
            }
        }
        throw error("truncated message");
    }

    private void skipNumber()
    {
        final int from = pos;
        while (pos < end)
        {
            final byte b = buf[pos];
            if ((b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E')
            {
                pos++;
            }
            else
            {
                break;
            }
        }
        if (pos == from)
        {
            throw error("unexpected character");
        }
    }

    private void expect(final char c)
    {
        if (pos < end && buf[pos] == c)
        {
            pos++;
            return;
        }
        skipBlanks();
        if (pos >= end)
        {
            throw error("truncated message, expected '" + c + "'");
        }
        if (buf[pos] != c)
        {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipBlanks()
    {
        while (pos < end)
        {
            final byte b = buf[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t')
            {
                return;
            }
            pos++;
        }
    }

    /** A short ASCII literal packed little-endian, so one 8-byte load compares it where 8 bytes remain. */
    private static final class Literal
    {
        final byte[] bytes;
        final long value;
        final long mask;

        Literal(final String text)
        {
            bytes = Ascii.bytes(text);
            if (bytes.length < 1 || bytes.length > Long.BYTES)
            {
                throw new IllegalArgumentException("literal of 1 to 8 bytes: " + text);
            }
            long packed = 0;
            for (int i = bytes.length - 1; i >= 0; i--)
            {
                packed = (packed << 8) | (bytes[i] & 0xFF);
            }
            value = packed;
            mask = bytes.length == Long.BYTES ? -1L : (1L << (Byte.SIZE * bytes.length)) - 1;
        }

        int length()
        {
            return bytes.length;
        }
    }
}
