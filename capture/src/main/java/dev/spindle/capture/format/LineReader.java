package dev.spindle.capture.format;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding or copying: each line is exposed as a slice of an
 * internal buffer that stays valid until the next call to {@link #next()}.
 * <p>
 * A last line without a terminating newline, or a compressed stream that ends mid-block (a capture cut by
 * {@code kill -9}), is reported as a torn tail through {@link #tornTail()} instead of as a line: writers always
 * terminate complete lines, so an unterminated one is an interrupted write.
 * <p>
 * Not thread safe; owns the stream and closes it.
 */
public final class LineReader implements AutoCloseable
{
    private final InputStream in;
    private byte[] buf;
    private int start;
    private int limit;
    private int scan;
    private int lineOffset;
    private int lineLength;
    private long lineNo;
    private boolean eof;
    private boolean tornTail;
    private int tornLength;

    /**
     * @param in              stream to read; closed by {@link #close()}.
     * @param initialCapacity starting buffer size; grows to fit the longest line.
     */
    public LineReader(final InputStream in, final int initialCapacity)
    {
        this.in = in;
        this.buf = new byte[Math.max(1024, initialCapacity)];
    }

    /**
     * Advance to the next complete line.
     *
     * @return true if a line is available through {@link #buffer()}, {@link #offset()} and {@link #length()}.
     * @throws IOException on a read error other than a truncated compressed stream.
     */
    public boolean next() throws IOException
    {
        while (true)
        {
            for (int i = scan; i < limit; i++)
            {
                if (buf[i] == '\n')
                {
                    int end = i;
                    if (end > start && buf[end - 1] == '\r')
                    {
                        end--;
                    }
                    lineOffset = start;
                    lineLength = end - start;
                    start = i + 1;
                    scan = start;
                    lineNo++;
                    return true;
                }
            }
            scan = limit;
            if (eof)
            {
                if (limit > start)
                {
                    tornTail = true;
                    tornLength = limit - start;
                    start = limit;
                }
                return false;
            }
            fill();
        }
    }

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
        try
        {
            final int read = in.read(buf, limit, buf.length - limit);
            if (read < 0)
            {
                eof = true;
            }
            else
            {
                limit += read;
            }
        }
        catch (final EOFException ex)
        {
            // A gzip stream cut short by a crash: whatever was decoded so far stays readable.
            eof = true;
        }
    }

    /** @return the buffer holding the current line. */
    public byte[] buffer()
    {
        return buf;
    }

    /** @return offset of the current line in {@link #buffer()}. */
    public int offset()
    {
        return lineOffset;
    }

    /** @return length of the current line, without its line terminator. */
    public int length()
    {
        return lineLength;
    }

    /** @return 1-based number of the current line. */
    public long lineNo()
    {
        return lineNo;
    }

    /** @return true once the stream ended inside a line (an interrupted write). */
    public boolean tornTail()
    {
        return tornTail;
    }

    /** @return bytes of the torn tail, 0 if none. */
    public int tornLength()
    {
        return tornLength;
    }

    @Override
    public void close() throws IOException
    {
        in.close();
    }
}
