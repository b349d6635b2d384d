package dev.spindle.replay.export;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * A large byte buffer in front of a channel, with the ASCII writers the text exporters need: integers and exact
 * decimals are written digit pairs at a time, with no intermediate Strings. Allocation-free after construction.
 * <p>
 * Not thread safe. Closing flushes and closes the channel (unless told not to: standard output stays open).
 */
public final class AsciiOutput implements AutoCloseable
{
    /**
     * Room to keep free for any single value written without a bounds check of its own (values are written eight
     * bytes at a time, so up to 8 bytes past a value's end may be scribbled over, then overwritten).
     */
    public static final int MAX_VALUE_BYTES = 64;

    private static final long[] POW10 = new long[19];
    private static final long EIGHT_DIGITS = 100_000_000L;
    private static final long ASCII_ZEROS = 0x3030_3030_3030_3030L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static
    {
        long p = 1;
        for (int i = 0; i < POW10.length; i++)
        {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final WritableByteChannel channel;
    private final boolean closeChannel;
    private final byte[] buf;
    private final ByteBuffer window;
    private int pos;
    private long written;
    private boolean closed;

    /**
     * @param channel      destination.
     * @param bufferBytes  buffer size; at least 4 KiB.
     * @param closeChannel close the channel on {@link #close()}.
     */
    public AsciiOutput(final WritableByteChannel channel, final int bufferBytes, final boolean closeChannel)
    {
        this.channel = channel;
        this.closeChannel = closeChannel;
        this.buf = new byte[Math.max(4096, bufferBytes)];
        this.window = ByteBuffer.wrap(buf);
    }

    /** Make room for {@code bytes} more bytes, flushing if needed; {@code bytes} must fit the buffer. */
    public void ensure(final int bytes)
    {
        if (pos + bytes > buf.length)
        {
            flush();
        }
    }

    /** @return the buffer, for callers that write in place after {@link #ensure(int)}. */
    public byte[] buffer()
    {
        return buf;
    }

    /** @return the next write position in {@link #buffer()}. */
    public int position()
    {
        return pos;
    }

    /** @param position the new write position, after writing in place. */
    public void position(final int position)
    {
        pos = position;
    }

    /** Append one byte; the caller has ensured room. */
    public void put(final byte b)
    {
        buf[pos++] = b;
    }

    /** Append bytes, flushing as needed; any length. */
    public void put(final byte[] bytes)
    {
        put(bytes, 0, bytes.length);
    }

    /** Append a slice, flushing as needed; any length. */
    public void put(final byte[] bytes, final int off, final int len)
    {
        int from = off;
        int left = len;
        while (left > 0)
        {
            if (pos == buf.length)
            {
                flush();
            }
            final int n = Math.min(left, buf.length - pos);
            System.arraycopy(bytes, from, buf, pos, n);
            pos += n;
            from += n;
            left -= n;
        }
    }

    /**
     * Split ASCII text into little-endian 8-byte words for {@link #putWords}.
     *
     * @param text ASCII text.
     * @return the words, the last one zero-padded.
     */
    public static long[] words(final byte[] text)
    {
        final long[] words = new long[(text.length + 7) / 8];
        for (int i = 0; i < text.length; i++)
        {
            words[i >> 3] |= (text[i] & 0xFFL) << ((i & 7) << 3);
        }
        return words;
    }

    /**
     * Append {@code length} bytes held as 8-byte words (see {@link #words}): plain 8-byte stores, much cheaper than a
     * copy call for the short constant pieces of a line. May write up to 7 bytes past the text; the caller has
     * ensured room for every word.
     */
    public void putWords(final long[] words, final int length)
    {
        final byte[] b = buf;
        final int at = pos;
        for (int i = 0; i < words.length; i++)
        {
            LONGS.set(b, at + (i << 3), words[i]);
        }
        pos = at + length;
    }

    /**
     * Append {@code length} bytes (at most 24) kept as three words at {@code words[index..index+2]}; as
     * {@link #putWords}.
     */
    public void putWords3(final long[] words, final int index, final int length)
    {
        final byte[] b = buf;
        final int at = pos;
        LONGS.set(b, at, words[index]);
        LONGS.set(b, at + 8, words[index + 1]);
        LONGS.set(b, at + 16, words[index + 2]);
        pos = at + length;
    }

    /** @return the 8 bytes at {@code offset} of the buffer as a little-endian word (for caching written text). */
    public long wordAt(final int offset)
    {
        return (long)LONGS.get(buf, offset);
    }

    /** Append a signed decimal integer; the caller has ensured {@link #MAX_VALUE_BYTES}. */
    public void putLong(final long value)
    {
        if (value < 0)
        {
            if (value == Long.MIN_VALUE)
            {
                putAscii("-9223372036854775808");
                return;
            }
            buf[pos++] = '-';
            putPositive(-value);
            return;
        }
        putPositive(value);
    }

    /** Append an unsigned 64-bit integer held in a long; the caller has ensured {@link #MAX_VALUE_BYTES}. */
    public void putUnsignedLong(final long value)
    {
        if (value >= 0)
        {
            putPositive(value);
            return;
        }
        final long quotient = (value >>> 1) / 5;
        final long remainder = value - quotient * 10;
        putPositive(quotient);
        buf[pos++] = (byte)('0' + remainder);
    }

    /**
     * Append an exact decimal {@code mantissa / 10^scale} with trailing fraction zeros trimmed but at least one
     * fraction digit ({@code 3.0}, {@code 0.5}, {@code 3.0292}): the JSON number of the exact value, as a float
     * printer would show it, without float rounding. The caller has ensured {@link #MAX_VALUE_BYTES}.
     *
     * @param mantissa value times {@code 10^scale}.
     * @param scale    0 to 18.
     */
    public void putDecimal(final long mantissa, final int scale)
    {
        if (mantissa < 0 || scale > 8)
        {
            putAscii(dev.spindle.engine.book.Decimal.toString(mantissa, scale, 1));
            return;
        }
        // Binance quantities have scale 8: a constant divisor lets the JIT multiply instead of divide.
        final long intPart = scale == 8 ? mantissa / EIGHT_DIGITS : mantissa / POW10[scale];
        final int fraction = (int)(mantissa - intPart * POW10[scale]);
        if (intPart < 10)
        {
            buf[pos++] = (byte)('0' + intPart);
        }
        else
        {
            putPositive(intPart);
        }
        buf[pos++] = '.';
        if (fraction == 0)
        {
            buf[pos++] = '0';
            return;
        }
        // Eight fraction digits at once, then drop the trailing zeros (the top zero bytes of the digit word).
        final long digits = digitBytes(scale == 8 ? fraction : fraction * (int)POW10[8 - scale]);
        LONGS.set(buf, pos, digits + ASCII_ZEROS);
        pos += 8 - (Long.numberOfLeadingZeros(digits) >>> 3);
    }

    /** Append ASCII text; any length. */
    public void putAscii(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            if (pos == buf.length)
            {
                flush();
            }
            buf[pos++] = (byte)text.charAt(i);
        }
    }

    /** Write out what is buffered. */
    public void flush()
    {
        window.limit(pos).position(0);
        try
        {
            while (window.hasRemaining())
            {
                written += channel.write(window);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("write failed: " + ex.getMessage(), ex);
        }
        pos = 0;
    }

    /** @return bytes handed to the channel so far. */
    public long written()
    {
        return written + pos;
    }

    /** Flush and, if owned, close the channel. Idempotent. */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            flush();
        }
        finally
        {
            if (closeChannel)
            {
                try
                {
                    channel.close();
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException("close failed: " + ex.getMessage(), ex);
                }
            }
        }
    }

    private void putPositive(final long value)
    {
        // Cut into 8-digit groups, each turned into ASCII in one long with int-sized arithmetic.
        if (value < EIGHT_DIGITS)
        {
            putInt((int)value);
            return;
        }
        final long high = value / EIGHT_DIGITS;
        final int low = (int)(value - high * EIGHT_DIGITS);
        if (high < EIGHT_DIGITS)
        {
            putInt((int)high);
        }
        else
        {
            final long top = high / EIGHT_DIGITS;
            putInt((int)top);
            putEight((int)(high - top * EIGHT_DIGITS));
        }
        putEight(low);
    }

    /** Write {@code value} (0 to 99,999,999) with no leading zeros; may write up to 8 bytes past them. */
    private void putInt(final int value)
    {
        final int digits = value < 10_000 ?
            (value < 100 ? (value < 10 ? 1 : 2) : (value < 1_000 ? 3 : 4)) :
            (value < 1_000_000 ? (value < 100_000 ? 5 : 6) : (value < 10_000_000 ? 7 : 8));
        // Little-endian: the first digit is the low byte, so shifting right drops the leading zeros.
        LONGS.set(buf, pos, (digitBytes(value) + ASCII_ZEROS) >>> ((8 - digits) << 3));
        pos += digits;
    }

    /** Write {@code value} (0 to 99,999,999) as exactly 8 digits, zero-padded. */
    private void putEight(final int value)
    {
        LONGS.set(buf, pos, digitBytes(value) + ASCII_ZEROS);
        pos += 8;
    }

    /**
     * @param value 0 to 99,999,999.
     * @return its 8 decimal digits as byte values 0-9, most significant in the low byte (SWAR: both 4-digit halves,
     * then their 2-digit pairs, then single digits, are split in parallel lanes of one long).
     */
    private static long digitBytes(final int value)
    {
        final int high = value / 10_000;
        final long fours = high | ((long)(value - high * 10_000) << 32);
        final long hundreds = ((fours * 10_486) >>> 20) & 0x0000_007F_0000_007FL;
        final long pairs = ((fours - hundreds * 100) << 16) | hundreds;
        final long tens = ((pairs * 103) >>> 10) & 0x000F_000F_000F_000FL;
        return ((pairs - tens * 10) << 8) | tens;
    }
}
