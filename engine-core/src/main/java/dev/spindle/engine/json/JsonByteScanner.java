package dev.spindle.engine.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Decimal;

/**
 * A forward-only JSON scanner over a byte slice, written for venues' flat messages: it reads keys, integers,
 * booleans and quoted decimals in place, and skips anything else. It never allocates except to word an error.
 * <p>
 * Objects are walked with {@link #beginObject()} and {@code while (nextKey(first))}, arrays with
 * {@link #beginArray()} and {@code while (nextElement(first))}; both reject missing or stray commas.
 * <p>
 * Each venue's codec subclasses it once, choosing the exception its decoders throw ({@link #newError}) and adding
 * any fast path for its own message shapes. One instance per thread.
 */
public abstract class JsonByteScanner
{
    private static final int EXCERPT_BYTES = 48;
    /** 10^18 - 1 fits a long with room to spare: up to 18 digits need no overflow checks. */
    private static final int MAX_SAFE_DIGITS = 18;
    private static final int EIGHT = 8;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String what;
    private byte[] buf;
    private int start;
    private int pos;
    private int end;
    private int keyOffset;
    private int keyLength;
    private int stringOffset;
    private int stringLength;

    /** @param what kind of message being decoded, used to start error messages. */
    protected JsonByteScanner(final String what)
    {
        this.what = what;
    }

    /** Scan {@code len} bytes of {@code buf} from {@code off}; the scanner keeps the array, it does not copy. */
    public void wrap(final byte[] buf, final int off, final int len)
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

    /**
     * @param message one line: the message kind, the problem, the byte position and an excerpt.
     * @return the exception the venue's decoders throw for bad input; it should not capture a stack trace.
     */
    protected abstract RuntimeException newError(String message);

    /** @return the index of the next byte to read. */
    public int position()
    {
        return pos;
    }

    /** @return the index just past the slice's last byte. */
    public int limit()
    {
        return end;
    }

    /** @param position the index to read from next (a value of {@link #position()} taken earlier). */
    public void position(final int position)
    {
        pos = position;
    }

    /** @return the scanned array. */
    public byte[] buffer()
    {
        return buf;
    }

    /** Consume the opening brace of an object. */
    public void beginObject()
    {
        expect('{');
    }

    /** Consume the opening bracket of an array. */
    public void beginArray()
    {
        expect('[');
    }

    /**
     * Advance to the next member of the current object and read its key and the colon.
     *
     * @param first true for the first call after {@link #beginObject()}.
     * @return false when the object's closing brace was consumed.
     */
    public boolean nextKey(final boolean first)
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
     * @param first true for the first call after {@link #beginArray()}.
     * @return false when the array's closing bracket was consumed.
     */
    public boolean nextElement(final boolean first)
    {
        return !separatorOrClose(first, ']');
    }

    /** Consume the closing bracket of an array. */
    public void endArray()
    {
        expect(']');
    }

    /** Consume a comma between two array elements. */
    public void comma()
    {
        expect(',');
    }

    /** Fail unless only blanks remain. */
    public void endOfInput()
    {
        skipBlanks();
        if (pos != end)
        {
            throw error("unexpected content after the message");
        }
    }

    /** @return true if the current key is the single character {@code c}. */
    public boolean keyIs(final char c)
    {
        return keyLength == 1 && buf[keyOffset] == c;
    }

    /** @return true if the current key's raw bytes equal {@code name}. */
    public boolean keyIs(final byte[] name)
    {
        return regionEquals(keyOffset, keyLength, name);
    }

    /** @return the first byte of the current key (call only when {@link #keyLength()} is positive). */
    public byte keyFirstByte()
    {
        return buf[keyOffset];
    }

    /** @return the index of the current key's first byte. */
    public int keyOffset()
    {
        return keyOffset;
    }

    /** @return the current key's length in bytes (raw, escapes untouched). */
    public int keyLength()
    {
        return keyLength;
    }

    /** Read a string value in place; its raw bytes (escapes untouched) are at {@link #stringOffset()}. */
    public void readString()
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

    /** @return the index of the last string read's first byte. */
    public int stringOffset()
    {
        return stringOffset;
    }

    /** @return the last string read's length in bytes (raw, escapes untouched). */
    public int stringLength()
    {
        return stringLength;
    }

    /** @return true if the last string read's raw bytes equal {@code value}. */
    public boolean stringIs(final byte[] value)
    {
        return regionEquals(stringOffset, stringLength, value);
    }

    /** @return true and consume it if the next value is {@code null}. */
    public boolean nextIsNull()
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
    public byte peek()
    {
        skipBlanks();
        return pos < end ? buf[pos] : 0;
    }

    /** @return the next value as a long; anything but a plain integer that fits is an error. */
    public long readLong()
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

    /** @return the next value, which must be {@code true} or {@code false}. */
    public boolean readBoolean()
    {
        skipBlanks();
        if (end - pos >= 4 && buf[pos] == 't' && buf[pos + 1] == 'r' && buf[pos + 2] == 'u' && buf[pos + 3] == 'e')
        {
            pos += 4;
            return true;
        }
        if (end - pos >= 5 && buf[pos] == 'f' && buf[pos + 1] == 'a' && buf[pos + 2] == 'l' &&
            buf[pos + 3] == 's' && buf[pos + 4] == 'e')
        {
            pos += 5;
            return false;
        }
        throw error("expected true or false");
    }

    /**
     * Read a quoted decimal such as {@code "2683.80000000"} as a mantissa at {@code scale}.
     *
     * @param field name of the field, for the error message.
     */
    public long readDecimal(final int scale, final String field)
    {
        // One pass for the common shape "digits[.digits]": at most 18 significant digits in all, so nothing can
        // overflow. Anything else (blanks, sign, extra decimals, long values, malformed) takes the careful path,
        // where Decimal.parse decides and words the error.
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
                // Spot strings carry 8 decimals: convert them in one step when they are all digits.
                if (scale >= EIGHT && end - p > EIGHT)
                {
                    final long chunk = (long)LONG_LE.get(buf, p);
                    if (areEightDigits(chunk))
                    {
                        acc = acc * 100_000_000L + eightDigits(chunk);
                        fractionDigits = EIGHT;
                        p += EIGHT;
                    }
                }
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

    /** @return true if all 8 bytes of {@code chunk} are ASCII digits. */
    private static boolean areEightDigits(final long chunk)
    {
        return ((chunk & 0xF0F0F0F0F0F0F0F0L) | (((chunk + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)) ==
            0x3333333333333333L;
    }

    /** @return the value of 8 ASCII digits read little-endian (first digit in the lowest byte). */
    private static long eightDigits(final long chunk)
    {
        long v = chunk - 0x3030303030303030L;
        v = (v * 10) + (v >>> 8);
        v = (((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))) +
            (((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32)))) >>> 32;
        return v;
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
    public void skipValue()
    {
        skipBlanks();
        if (pos >= end)
        {
            throw error("expected a value");
        }
        final byte b = buf[pos];
        switch (b)
        {
            case '"':
                readString();
                return;
            case '{':
            case '[':
                skipNested();
                return;
            case 't':
            case 'f':
                readBoolean();
                return;
            case 'n':
                if (!nextIsNull())
                {
                    throw error("expected null");
                }
                return;
            default:
                skipNumber();
        }
    }

    /**
     * @param problem what is wrong, e.g. {@code "expected an integer"}.
     * @return the venue's exception naming the problem, the byte position and an excerpt, for the caller to throw.
     */
    public RuntimeException error(final String problem)
    {
        final int at = Math.min(Math.max(pos, start), end);
        final int from = Math.max(start, at - EXCERPT_BYTES / 2);
        final int to = Math.min(end, from + EXCERPT_BYTES);
        final String excerpt = new String(buf, from, to - from, StandardCharsets.UTF_8);
        return newError(what + ": " + problem + " at byte " + (at - start) + " of " + (end - start) +
            " near '" + (from > start ? "..." : "") + excerpt + (to < end ? "..." : "") + "'");
    }

    /** @return up to 48 bytes at {@code offset} as text, for error messages. */
    public String excerpt(final int offset, final int length)
    {
        return new String(buf, offset, Math.min(length, EXCERPT_BYTES), StandardCharsets.UTF_8);
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
        // Compact JSON (what Binance sends) never needs the blank-skipping loop.
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
            else if (b == '}' || b == ']')
            {
                if (--depth == 0)
                {
                    return;
                }
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
}
