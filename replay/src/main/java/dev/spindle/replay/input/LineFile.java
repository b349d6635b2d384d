package dev.spindle.replay.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams one file, plain or gzip (recognised by its magic bytes), as {@code \n}-terminated lines exposed in place
 * in a reused buffer: nothing is copied or decoded, and the line is valid until the next {@link #next()}. Lines are
 * found eight bytes at a time (a SWAR search for the newline byte), so splitting costs a small fraction of parsing.
 * <p>
 * A last line without its newline is not returned as a line but kept as the {@link #tornTail() torn tail}: writers
 * end every complete line, so it is an interrupted write; the caller decides what to do with it. A gzip stream cut
 * short ends the file early and is reported by {@link #truncation()}.
 * <p>
 * Not thread safe; owns the file and closes it.
 */
public final class LineFile implements AutoCloseable
{
    /** Default read size; large reads keep system calls rare, small enough to stay in the L2 cache. */
    public static final int DEFAULT_BUFFER_BYTES = 1 << 20;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final Path path;
    private final String name;
    private final FileChannel channel;
    private final InputStream gzip;
    private final long sizeBytes;
    private byte[] buf;
    private ByteBuffer window;
    private int start;
    private int limit;
    private int scan;
    private boolean eof;
    private int lineOffset;
    private int lineLength;
    private long lineNo;
    private int tornOffset;
    private int tornLength;
    private String truncation;

    /**
     * @param path        the file.
     * @param bufferBytes initial buffer size; it grows to hold the longest line.
     * @throws IOException naming the file if it cannot be opened or its gzip header is damaged.
     */
    public LineFile(final Path path, final int bufferBytes) throws IOException
    {
        this.path = path;
        this.name = path.toString();
        try
        {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        }
        catch (final NoSuchFileException ex)
        {
            throw new IOException(path + ": no such file", ex);
        }
        sizeBytes = channel.size();
        buf = new byte[Math.max(4096, bufferBytes)];
        window = ByteBuffer.wrap(buf);
        gzip = isGzip() ? openGzip() : null;
    }

    /**
     * Advance to the next complete line.
     *
     * @return true if a line is available through {@link #buffer()}, {@link #offset()} and {@link #length()}.
     * @throws IOException on a read error other than a truncated gzip stream.
     */
    public boolean next() throws IOException
    {
        while (true)
        {
            final int newline = findNewline(scan, limit);
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

    /** @return the buffer holding the current line (and the torn tail once the file is done). */
    public byte[] buffer()
    {
        return buf;
    }

    /** @return first byte of the current line. */
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

    /** @return the file's path as given, for messages. */
    public String name()
    {
        return name;
    }

    /** @return the file. */
    public Path path()
    {
        return path;
    }

    /** @return true if the file ended with bytes after its last newline; see {@link #tornOffset()}. */
    public boolean tornTail()
    {
        return tornLength > 0;
    }

    /** @return where the torn tail starts in {@link #buffer()}; valid once {@link #next()} returned false. */
    public int tornOffset()
    {
        return tornOffset;
    }

    /** @return bytes of the torn tail, 0 if none. */
    public int tornLength()
    {
        return tornLength;
    }

    /** @return why a gzip file ended early, or null. */
    public String truncation()
    {
        return truncation;
    }

    /** @return bytes of the file (compressed size for gzip). */
    public long sizeBytes()
    {
        return sizeBytes;
    }

    /** @return bytes of the file consumed so far (compressed bytes for gzip), for progress. */
    public long positionBytes()
    {
        try
        {
            return channel.isOpen() ? channel.position() : sizeBytes;
        }
        catch (final IOException ex)
        {
            return 0;
        }
    }

    @Override
    public void close() throws IOException
    {
        if (gzip != null)
        {
            gzip.close();
        }
        channel.close();
    }

    private int findNewline(final int from, final int to)
    {
        final byte[] b = buf;
        int i = from;
        while (i + Long.BYTES <= to)
        {
            final long word = (long)LONGS.get(b, i) ^ NEWLINES;
            final long zeros = (word - ONES) & ~word & HIGHS;
            if (zeros != 0)
            {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            i += Long.BYTES;
        }
        while (i < to)
        {
            if (b[i] == '\n')
            {
                return i;
            }
            i++;
        }
        return -1;
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
            window = ByteBuffer.wrap(buf);
        }
        final int read;
        if (gzip == null)
        {
            window.limit(buf.length).position(limit);
            read = channel.read(window);
        }
        else
        {
            read = readGzip();
        }
        if (read < 0)
        {
            eof = true;
        }
        else
        {
            limit += read;
        }
    }

    private int readGzip() throws IOException
    {
        try
        {
            return gzip.read(buf, limit, buf.length - limit);
        }
        catch (final EOFException ex)
        {
            truncation = "gzip stream ends without its trailer";
            return -1;
        }
        catch (final ZipException ex)
        {
            truncation = "gzip data corrupt (" + ex.getMessage() + ")";
            return -1;
        }
    }

    private boolean isGzip() throws IOException
    {
        final ByteBuffer magic = ByteBuffer.allocate(2);
        while (magic.hasRemaining() && channel.read(magic) >= 0)
        {
            // read both bytes, or hit the end of a tiny file
        }
        channel.position(0);
        return magic.position() == 2 && (magic.get(0) & 0xFF) == 0x1f && (magic.get(1) & 0xFF) == 0x8b;
    }

    private InputStream openGzip() throws IOException
    {
        try
        {
            return new GZIPInputStream(Channels.newInputStream(channel), 1 << 16);
        }
        catch (final EOFException ex)
        {
            truncation = "gzip header incomplete";
            eof = true;
            return InputStream.nullInputStream();
        }
        catch (final IOException ex)
        {
            channel.close();
            throw new IOException(path + ": not a readable gzip file: " + ex.getMessage(), ex);
        }
    }
}
