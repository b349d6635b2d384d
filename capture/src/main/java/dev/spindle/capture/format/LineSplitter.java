package dev.spindle.capture.format;

import java.io.IOException;
import java.util.Arrays;

/**
 * Splits bytes into {@code \n}-terminated lines exposed in place in a reused buffer: nothing is copied or decoded,
 * and the line is valid until the next {@link #next()}. A {@code \r} before the newline is not part of the line.
 * Lines are found eight bytes at a time ({@link ByteScan}, a SWAR search for the newline byte), so splitting
 * costs a small fraction of parsing. Subclasses only supply bytes through {@link #read(byte[], int, int)}.
 * <p>
 * A last line without its newline is not returned as a line but kept as the {@link #tornTail() torn tail}: writers
 * end every complete line, so it is an interrupted write; the caller decides what to do with it (a warning, never
 * an error, so that a capture cut by {@code kill -9} stays readable).
 * <p>
 * Not thread safe.
 */
public abstract class LineSplitter implements AutoCloseable
{
    private static final long NEWLINES = ByteScan.broadcast((byte)'\n');

    private byte[] buf;
    private int start;
    private int limit;
    private int scan;
    private boolean eof;
    private int lineOffset;
    private int lineLength;
    private long lineNo;
    private int tornOffset;
    private int tornLength;

    /**
     * @param capacityBytes starting buffer size; it doubles whenever one line does not fit.
     */
    protected LineSplitter(final int capacityBytes)
    {
        buf = new byte[capacityBytes];
    }

    /**
     * Read more bytes into the buffer, like {@link java.io.InputStream#read(byte[], int, int)}. The array may be a
     * new one after the buffer grew.
     *
     * @param dst    the buffer to fill.
     * @param offset where to put the first byte.
     * @param length room left, at least one byte.
     * @return bytes read, or -1 at the end of the input.
     * @throws IOException on a read error; an input that merely ends early should return -1 instead.
     */
    protected abstract int read(byte[] dst, int offset, int length) throws IOException;

    /**
     * Advance to the next complete line.
     *
     * @return true if a line is available through {@link #buffer()}, {@link #offset()} and {@link #length()}.
     * @throws IOException on a read error reported by the input.
     */
    public final boolean next() throws IOException
    {
        while (true)
        {
            final int newline = ByteScan.indexOf(buf, scan, limit, NEWLINES);
            if (newline >= 0)
            {
                int end = newline;
                if (end > start && buf[end - 1] == '\r')
                {
                    end--;
                }
                lineOffset = start;
                lineLength = end - start;
                start = newline + 1;
                scan = start;
                lineNo++;
                return true;
            }
            scan = limit;
            if (eof)
            {
                if (limit > start)
                {
                    tornOffset = start;
                    tornLength = limit - start;
                    start = limit;
                }
                return false;
            }
            fill();
        }
    }

    /** @return the buffer holding the current line (and the torn tail once the input is done). */
    public final byte[] buffer()
    {
        return buf;
    }

    /** @return first byte of the current line in {@link #buffer()}. */
    public final int offset()
    {
        return lineOffset;
    }

    /** @return length of the current line, without its line terminator. */
    public final int length()
    {
        return lineLength;
    }

    /** @return 1-based number of the current line. */
    public final long lineNo()
    {
        return lineNo;
    }

    /** @return true once the input ended with bytes after its last newline (an interrupted write). */
    public final boolean tornTail()
    {
        return tornLength > 0;
    }

    /** @return where the torn tail starts in {@link #buffer()}; valid once {@link #next()} returned false. */
    public final int tornOffset()
    {
        return tornOffset;
    }

    /** @return bytes of the torn tail, 0 if none. */
    public final int tornLength()
    {
        return tornLength;
    }

    /**
     * Release the input; the buffer stays readable.
     *
     * @throws IOException if the input fails to close.
     */
    @Override
    public abstract void close() throws IOException;

    private void fill() throws IOException
    {
        if (start > 0)
        {
            final int pending = limit - start;
            System.arraycopy(buf, start, buf, 0, pending);
            scan -= start;
            limit = pending;
            start = 0;
        }
        if (limit == buf.length)
        {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        final int read = read(buf, limit, buf.length - limit);
        if (read < 0)
        {
            eof = true;
        }
        else
        {
            limit += read;
        }
    }
}
