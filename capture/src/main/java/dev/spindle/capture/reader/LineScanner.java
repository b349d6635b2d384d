package dev.spindle.capture.reader;

import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import dev.spindle.capture.SessionLayout;

/**
 * Splits one file, plain or gzip, into {@code \n}-terminated lines in a reused buffer. A last line without its
 * newline is not returned but reported through {@link #tornBytes()}; a gzip stream cut short (no trailer, or torn
 * mid-block) ends the file early and is reported through {@link #truncation()}.
 */
final class LineScanner implements AutoCloseable
{
    private static final int INITIAL_BUFFER_BYTES = 64 * 1024;

    private final Path path;
    private final InputStream in;
    private byte[] buffer = new byte[INITIAL_BUFFER_BYTES];
    private int start;
    private int end;
    private int scanFrom;
    private boolean eof;
    private int lineOffset;
    private int lineLength;
    private long tornBytes;
    private String truncation;

    LineScanner(final Path path) throws IOException
    {
        this.path = path;
        final InputStream file = new FileInputStream(path.toFile());
        InputStream stream = file;
        if (SessionLayout.isGzip(path.getFileName().toString()))
        {
            try
            {
                stream = new GZIPInputStream(file, INITIAL_BUFFER_BYTES);
            }
            catch (final EOFException ex)
            {
                // killed before the gzip header was complete: an empty part
                truncation = "gzip header incomplete";
                eof = true;
            }
            catch (final IOException ex)
            {
                file.close();
                throw new IOException(path + ": not a gzip file: " + ex.getMessage(), ex);
            }
        }
        this.in = stream;
    }

    /** @return whether a complete line is available through {@link #buffer()}, {@link #offset()}, {@link #length()}. */
    boolean next() throws IOException
    {
        while (true)
        {
            for (int i = scanFrom; i < end; i++)
            {
                if ('\n' == buffer[i])
                {
                    lineOffset = start;
                    lineLength = i - start;
                    start = i + 1;
                    scanFrom = start;
                    return true;
                }
            }
            scanFrom = end;
            if (eof)
            {
                if (start < end)
                {
                    tornBytes = end - start;
                    start = end;
                }
                return false;
            }
            fill();
        }
    }

    byte[] buffer()
    {
        return buffer;
    }

    int offset()
    {
        return lineOffset;
    }

    int length()
    {
        return lineLength;
    }

    /** @return bytes of a last line that had no newline (0 when the file ended cleanly); valid after the end. */
    long tornBytes()
    {
        return tornBytes;
    }

    /** @return why a gzip file ended early, or null. */
    String truncation()
    {
        return truncation;
    }

    Path path()
    {
        return path;
    }

    @Override
    public void close() throws IOException
    {
        in.close();
    }

    private void fill() throws IOException
    {
        if (start > 0)
        {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            scanFrom -= start;
            start = 0;
        }
        if (end == buffer.length)
        {
            buffer = Arrays.copyOf(buffer, buffer.length << 1);
        }
        try
        {
            final int read = in.read(buffer, end, buffer.length - end);
            if (read < 0)
            {
                eof = true;
            }
            else
            {
                end += read;
            }
        }
        catch (final EOFException ex)
        {
            truncation = "gzip stream ends without its trailer";
            eof = true;
        }
        catch (final ZipException ex)
        {
            truncation = "gzip data corrupt (" + ex.getMessage() + ")";
            eof = true;
        }
    }
}
