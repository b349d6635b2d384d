package dev.spindle.capture.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Buffers whole lines for one file and writes them out only as whole lines, so that a file on disk ends at a
 * line boundary unless the process dies inside a write call. Capture thread only.
 */
final class LineBuffer
{
    private static final int MAX_DECIMAL_LINE = 21;

    private byte[] buffer;
    private int position;
    private OutputStream out;

    LineBuffer(final int capacity)
    {
        buffer = new byte[capacity];
    }

    void target(final OutputStream out)
    {
        this.out = out;
        position = 0;
    }

    /** Appends {@code src[offset, offset+length)} and a newline. */
    void appendLine(final byte[] src, final int offset, final int length) throws IOException
    {
        final int needed = length + 1;
        ensure(needed);
        System.arraycopy(src, offset, buffer, position, length);
        position += length;
        buffer[position++] = '\n';
    }

    /** Appends a long in decimal ASCII and a newline, without allocating. */
    void appendDecimalLine(final long value) throws IOException
    {
        ensure(MAX_DECIMAL_LINE);
        if (value < 0)
        {
            buffer[position++] = '-';
        }
        // digits of -|value|, which also covers Long.MIN_VALUE
        long v = value < 0 ? value : -value;
        int digits = 1;
        for (long t = v; t <= -10; t /= 10)
        {
            digits++;
        }
        for (int i = position + digits - 1; i >= position; i--)
        {
            buffer[i] = (byte)('0' - (v % 10));
            v /= 10;
        }
        position += digits;
        buffer[position++] = '\n';
    }

    /** Writes every buffered line to the target. */
    void drain() throws IOException
    {
        if (position > 0)
        {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private void ensure(final int needed) throws IOException
    {
        if (position + needed > buffer.length)
        {
            drain();
            if (needed > buffer.length)
            {
                // a line longer than the buffer: grow once rather than write half a line
                buffer = Arrays.copyOf(buffer, Integer.highestOneBit(needed) << 1);
            }
        }
    }
}
