package dev.spindle.replay.input;

import java.nio.charset.Charset;

/**
 * Finding ASCII keys in raw frame bytes without decoding them, for the replays' sniffers and line splitters.
 * Allocation-free.
 */
public final class ByteSearch
{
    private ByteSearch()
    {
    }

    /** @return true if {@code buf[off, off + len)} starts with {@code prefix}. */
    public static boolean startsWith(final byte[] buf, final int off, final int len, final byte[] prefix)
    {
        if (len < prefix.length)
        {
            return false;
        }
        for (int i = 0; i < prefix.length; i++)
        {
            if (buf[off + i] != prefix[i])
            {
                return false;
            }
        }
        return true;
    }

    /** @return the index in {@code buf} of the first {@code pattern} within {@code [off, off + len)}, or -1. */
    public static int indexOf(final byte[] buf, final int off, final int len, final byte[] pattern)
    {
        final int last = off + len - pattern.length;
        final byte first = pattern[0];
        for (int i = off; i <= last; i++)
        {
            if (buf[i] != first)
            {
                continue;
            }
            int k = 1;
            while (k < pattern.length && buf[i + k] == pattern[k])
            {
                k++;
            }
            if (k == pattern.length)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param key     the key with its opening quote, e.g. {@code "coin":"}.
     * @param charset how the value's bytes are decoded.
     * @return the string value after the first {@code key} up to its closing quote, or null if there is no key or no
     * closing quote; allocates (for sniffing a capture, off the replay's hot path).
     */
    public static String stringAfter(final byte[] buf, final int off, final int len, final byte[] key,
        final Charset charset)
    {
        final int at = indexOf(buf, off, len, key);
        if (at < 0)
        {
            return null;
        }
        final int from = at + key.length;
        int end = from;
        while (end < off + len && buf[end] != '"')
        {
            end++;
        }
        return end < off + len ? new String(buf, from, end - from, charset) : null;
    }
}
