package dev.spindle.binance.codec;

/**
 * Comparing raw frame bytes with ASCII constants, without decoding them: for the code that looks at a frame's
 * outline before (or instead of) a full decode, on the reader and engine threads. Allocation-free.
 */
public final class AsciiBytes
{
    private AsciiBytes()
    {
    }

    /** @return true if {@code buf[offset, end)} starts with {@code prefix}. */
    public static boolean startsWith(final byte[] buf, final int offset, final int end, final byte[] prefix)
    {
        if (end - offset < prefix.length)
        {
            return false;
        }
        for (int i = 0; i < prefix.length; i++)
        {
            if (buf[offset + i] != prefix[i])
            {
                return false;
            }
        }
        return true;
    }

    /** @return true if {@code buf[from, to)} is exactly {@code expected}. */
    public static boolean equalsAt(final byte[] buf, final int from, final int to, final byte[] expected)
    {
        return to - from == expected.length && startsWith(buf, from, to, expected);
    }
}
