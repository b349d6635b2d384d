package dev.spindle.engine.book;

import java.nio.charset.StandardCharsets;

/**
 * Exact fixed-point decimals: ASCII text such as {@code "2683.80000000"} to a {@code long} mantissa at a given
 * scale ({@code 268380000000} at scale 8) and back, with no allocation on the success path.
 * <p>
 * Parsing never rounds and never wraps: a value with more fraction digits than the scale is an error unless the
 * extra digits are zeros, and a value that does not fit a {@code long} at the scale is an error. Errors are
 * {@link NumberFormatException}s whose message quotes the offending text. Accepted syntax: an optional
 * {@code '-'}, one or more digits, optionally {@code '.'} followed by one or more digits.
 */
public final class Decimal
{
    /** Largest supported scale: {@code 10^18} is the largest power of ten in a {@code long}. */
    public static final int MAX_SCALE = 18;

    /**
     * Longest text {@link #format} can write: sign, 19 integer digits, the point and {@link #MAX_SCALE} decimals.
     */
    public static final int MAX_FORMATTED_LENGTH = 1 + 19 + 1 + MAX_SCALE;

    private static final long[] POW10 = new long[MAX_SCALE + 1];
    private static final long[] MAX_BEFORE_SCALING = new long[MAX_SCALE + 1];
    private static final long MULTIPLY_MIN = Long.MIN_VALUE / 10;
    /** Below this, {@code acc * 10 + 9} cannot overflow, so the fast path needs no overflow checks. */
    private static final long FAST_LIMIT = 100_000_000_000_000_000L;
    private static final int MAX_QUOTED_TEXT = 64;

    static
    {
        long p = 1;
        for (int i = 0; i <= MAX_SCALE; i++)
        {
            POW10[i] = p;
            MAX_BEFORE_SCALING[i] = Long.MAX_VALUE / p;
            p *= 10;
        }
    }

    private Decimal()
    {
    }

    /**
     * @param exponent 0 to {@link #MAX_SCALE}.
     * @return {@code 10^exponent}.
     */
    public static long pow10(final int exponent)
    {
        return POW10[exponent];
    }

    /**
     * Parse ASCII decimal text into a mantissa at {@code scale}.
     *
     * @param buf   bytes holding the text.
     * @param off   first byte of the text.
     * @param len   length of the text (no quotes, no blanks).
     * @param scale number of implied decimals of the result, 0 to {@link #MAX_SCALE}.
     * @return the value times {@code 10^scale}, exactly.
     * @throws NumberFormatException if the text is malformed, has non-zero digits beyond {@code scale}, or the
     *                               result overflows a {@code long}; the message quotes the text.
     */
    public static long parse(final byte[] buf, final int off, final int len, final int scale)
    {
        if (scale < 0 || scale > MAX_SCALE)
        {
            throw new IllegalArgumentException("scale " + scale + " outside 0.." + MAX_SCALE);
        }
        // Fast path for well-formed values of up to 17 significant digits: no overflow checks per digit.
        // Anything else (malformed, long, extreme) is left to the careful path, which also words the errors.
        final int end = off + len;
        int i = off;
        final boolean negative = len > 0 && buf[i] == '-';
        if (negative)
        {
            i++;
        }
        final int intStart = i;
        long acc = 0;
        int d;
        while (i < end && (d = buf[i] - '0') >= 0 && d <= 9 && acc < FAST_LIMIT)
        {
            acc = acc * 10 + d;
            i++;
        }
        if (i == intStart || acc >= FAST_LIMIT)
        {
            return parseCarefully(buf, off, len, scale);
        }
        int fractionDigits = 0;
        if (i < end)
        {
            if (buf[i] != '.' || ++i == end)
            {
                return parseCarefully(buf, off, len, scale);
            }
            while (i < end)
            {
                d = buf[i] - '0';
                if (d < 0 || d > 9 || acc >= FAST_LIMIT || (fractionDigits == scale && d != 0))
                {
                    return parseCarefully(buf, off, len, scale);
                }
                if (fractionDigits < scale)
                {
                    acc = acc * 10 + d;
                    fractionDigits++;
                }
                i++;
            }
        }
        final int missing = scale - fractionDigits;
        if (acc > MAX_BEFORE_SCALING[missing])
        {
            return parseCarefully(buf, off, len, scale);
        }
        acc *= POW10[missing];
        return negative ? -acc : acc;
    }

    private static long parseCarefully(final byte[] buf, final int off, final int len, final int scale)
    {
        final int end = off + len;
        int i = off;
        final boolean negative = len > 0 && buf[i] == '-';
        if (negative)
        {
            i++;
        }
        // Accumulate negatively, as Long.parseLong does, so Long.MIN_VALUE stays representable.
        long acc = 0;
        final int intStart = i;
        int b = 0;
        while (i < end && (b = buf[i] - '0') >= 0 && b <= 9)
        {
            if (acc < MULTIPLY_MIN || (acc = acc * 10) < Long.MIN_VALUE + b)
            {
                throw error(buf, off, len, "overflows a long mantissa at scale " + scale);
            }
            acc -= b;
            i++;
        }
        if (i == intStart)
        {
            throw error(buf, off, len, i == end ? "no digits" : "expected a digit at position " + (i - off));
        }
        int fractionDigits = 0;
        if (i < end)
        {
            if (buf[i] != '.')
            {
                throw error(buf, off, len, "unexpected character at position " + (i - off));
            }
            i++;
            if (i == end)
            {
                throw error(buf, off, len, "no digits after '.'");
            }
            while (i < end)
            {
                b = buf[i] - '0';
                if (b < 0 || b > 9)
                {
                    throw error(buf, off, len, "unexpected character at position " + (i - off));
                }
                if (fractionDigits < scale)
                {
                    if (acc < MULTIPLY_MIN || (acc = acc * 10) < Long.MIN_VALUE + b)
                    {
                        throw error(buf, off, len, "overflows a long mantissa at scale " + scale);
                    }
                    acc -= b;
                    fractionDigits++;
                }
                else if (b != 0)
                {
                    throw error(buf, off, len, "has more than " + scale + " decimals");
                }
                i++;
            }
        }
        if (fractionDigits < scale)
        {
            final long factor = POW10[scale - fractionDigits];
            if (acc < Long.MIN_VALUE / factor)
            {
                throw error(buf, off, len, "overflows a long mantissa at scale " + scale);
            }
            acc *= factor;
        }
        if (negative)
        {
            return acc;
        }
        if (acc == Long.MIN_VALUE)
        {
            throw error(buf, off, len, "overflows a long mantissa at scale " + scale);
        }
        return -acc;
    }

    /**
     * Parse a decimal string; allocates, so meant for configuration, tests and tooling.
     *
     * @see #parse(byte[], int, int, int)
     */
    public static long parse(final String text, final int scale)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return parse(bytes, 0, bytes.length, scale);
    }

    /**
     * Count the digits after the decimal point, as written: {@code "61800.20"} gives 2, {@code "7"} gives 0.
     * Used to learn the decimals a venue displays for an instrument. Does not validate the text.
     */
    public static int fractionDigits(final byte[] buf, final int off, final int len)
    {
        final int end = off + len;
        for (int i = off; i < end; i++)
        {
            if (buf[i] == '.')
            {
                return end - i - 1;
            }
        }
        return 0;
    }

    /**
     * Write {@code mantissa / 10^scale} as ASCII with at least {@code decimals} fraction digits, padding with
     * zeros as venues do ({@code 268380000000} at scale 8, decimals 8 gives {@code "2683.80000000"}; at
     * decimals 2, {@code "2683.80"}). More digits are written when the value needs them: the output is always
     * exact, never rounded.
     *
     * @param mantissa value times {@code 10^scale}.
     * @param scale    0 to {@link #MAX_SCALE}.
     * @param decimals minimum number of fraction digits, 0 to {@link #MAX_SCALE}; 0 writes no point for integers.
     * @param dst      destination with at least {@link #MAX_FORMATTED_LENGTH} bytes free at {@code off}.
     * @param off      where to write.
     * @return number of bytes written.
     */
    public static int format(final long mantissa, final int scale, final int decimals, final byte[] dst, final int off)
    {
        if (scale < 0 || scale > MAX_SCALE || decimals < 0 || decimals > MAX_SCALE)
        {
            throw new IllegalArgumentException("scale " + scale + " / decimals " + decimals + " outside 0.." +
                MAX_SCALE);
        }
        final long unit = POW10[scale];
        // Work on the non-positive integer part so that Long.MIN_VALUE needs no special case.
        final long intPartNeg = mantissa < 0 ? mantissa / unit : -(mantissa / unit);
        final long fraction = Math.abs(mantissa % unit);
        int needed = scale;
        long f = fraction;
        if (f == 0)
        {
            needed = 0;
        }
        else
        {
            while (f % 10 == 0)
            {
                f /= 10;
                needed--;
            }
        }
        final int shown = Math.max(needed, decimals);

        int pos = off;
        if (mantissa < 0)
        {
            dst[pos++] = '-';
        }
        pos += writeNonPositive(intPartNeg, dst, pos);
        if (shown > 0)
        {
            dst[pos++] = '.';
            final int fromFraction = Math.min(shown, scale);
            long digits = fraction / POW10[scale - fromFraction];
            for (int i = fromFraction - 1; i >= 0; i--)
            {
                dst[pos + i] = (byte)('0' + digits % 10);
                digits /= 10;
            }
            pos += fromFraction;
            for (int i = fromFraction; i < shown; i++)
            {
                dst[pos++] = '0';
            }
        }
        return pos - off;
    }

    /**
     * {@link #format} into a new String; allocates, so meant for tests, tooling and logs formatted off the hot path.
     */
    public static String toString(final long mantissa, final int scale, final int decimals)
    {
        final byte[] bytes = new byte[MAX_FORMATTED_LENGTH];
        final int len = format(mantissa, scale, decimals, bytes, 0);
        return new String(bytes, 0, len, StandardCharsets.US_ASCII);
    }

    private static int writeNonPositive(final long valueNeg, final byte[] dst, final int off)
    {
        int digits = 1;
        for (long v = valueNeg / 10; v != 0; v /= 10)
        {
            digits++;
        }
        long v = valueNeg;
        for (int i = digits - 1; i >= 0; i--)
        {
            dst[off + i] = (byte)('0' - (v % 10));
            v /= 10;
        }
        return digits;
    }

    private static NumberFormatException error(final byte[] buf, final int off, final int len, final String problem)
    {
        final int shown = Math.max(0, Math.min(len, MAX_QUOTED_TEXT));
        final String text = new String(buf, off, shown, StandardCharsets.ISO_8859_1) + (len > shown ? "..." : "");
        return new NumberFormatException("decimal '" + text + "' " + problem);
    }
}
