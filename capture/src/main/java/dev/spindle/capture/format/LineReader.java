package dev.spindle.capture.format;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@link LineSplitter} over an {@link InputStream}: each line is a slice of an internal buffer that stays valid
 * until the next call to {@link #next()}.
 * <p>
 * A last line without a terminating newline, or a compressed stream that ends mid-block (a capture cut by
 * {@code kill -9}), is reported as a torn tail through {@link #tornTail()} instead of as a line: writers always
 * terminate complete lines, so an unterminated one is an interrupted write.
 * <p>
 * Not thread safe; owns the stream and closes it.
 */
public final class LineReader extends LineSplitter
{
    private final InputStream in;

    /**
     * @param in              stream to read; closed by {@link #close()}.
     * @param initialCapacity starting buffer size; grows to fit the longest line.
     */
    public LineReader(final InputStream in, final int initialCapacity)
    {
        super(Math.max(1024, initialCapacity));
        this.in = in;
    }

    @Override
    protected int read(final byte[] dst, final int offset, final int length) throws IOException
    {
        try
        {
            return in.read(dst, offset, length);
        }
        catch (final EOFException ex)
        {
            // A gzip stream cut short by a crash: whatever was decoded so far stays readable.
            return -1;
        }
    }

    @Override
    public void close() throws IOException
    {
        in.close();
    }
}
