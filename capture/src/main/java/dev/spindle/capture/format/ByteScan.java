package dev.spindle.capture.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds one byte value in a byte array eight bytes at a time (SWAR): the line splitters' newline search, and any
 * other single-byte scan over bulk input. Allocation-free; stateless.
 */
public final class ByteScan
{
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteScan()
    {
    }

    /** @return {@code value} in each of a word's eight bytes, the form {@link #indexOf} takes. */
    public static long broadcast(final byte value)
    {
        return (value & 0xFFL) * ONES;
    }

    /**
     * @param broadcast the byte sought, as {@link #broadcast} gives it (a constant at the call site).
     * @return the index of the first byte equal to it in {@code buf[from, to)}, or -1.
     */
    public static int indexOf(final byte[] buf, final int from, final int to, final long broadcast)
    {
        int i = from;
        while (i + Long.BYTES <= to)
        {
            final long word = (long)LONGS.get(buf, i) ^ broadcast;
            final long zeros = (word - ONES) & ~word & HIGHS;
            if (zeros != 0)
            {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            i += Long.BYTES;
        }
        final byte value = (byte)broadcast;
        while (i < to)
        {
            if (buf[i] == value)
            {
                return i;
            }
            i++;
        }
        return -1;
    }
}
