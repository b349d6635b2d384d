package dev.spindle.hyperliquid.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.json.JsonByteScanner;

/**
 * The shared byte scanner ({@link JsonByteScanner}) throwing this codec's {@link DecodeException}, plus a fast
 * path for Hyperliquid's book levels ({@link #compactLevel}), which are most of every l2Book frame.
 */
final class JsonScanner extends JsonByteScanner
{
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

    private long decimal;
    private long levelPrice;
    private long levelSize;
    private long levelOrders;

    /** @param what kind of message decoded, used to start error messages. */
    JsonScanner(final String what)
    {
        super(what);
    }

    @Override
    protected DecodeException newError(final String message)
    {
        return new DecodeException(message);
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
        int p = position();
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
            if (p < 0 || p >= limit() || buffer()[p] != '}')
            {
                return false;
            }
            position(p + 1);
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
            position(p + END_AFTER_STRING.length());
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
        final byte[] buf = buffer();
        final int end = limit();
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
        final byte[] buf = buffer();
        final int end = limit();
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
        final byte[] buf = buffer();
        final int end = limit();
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
