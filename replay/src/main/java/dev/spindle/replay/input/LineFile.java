package dev.spindle.replay.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import dev.spindle.capture.format.LineSplitter;

/**
 * Streams one file, plain or gzip (recognised by its magic bytes), as lines split by {@link LineSplitter}: exposed
 * in place in a reused buffer, with an unterminated last line kept as the {@link #tornTail() torn tail}. Plain files
 * are read straight from a {@link FileChannel} into the line buffer. A gzip stream cut short ends the file early
 * and is reported by {@link #truncation()}.
 * <p>
 * Not thread safe; owns the file and closes it.
 */
public final class LineFile extends LineSplitter
{
    /** Default read size; large reads keep system calls rare, small enough to stay in the L2 cache. */
    public static final int DEFAULT_BUFFER_BYTES = 1 << 20;

    private final Path path;
    private final String name;
    private final FileChannel channel;
    private final InputStream gzip;
    private final long sizeBytes;
    private ByteBuffer window;
    private String truncation;

    /**
     * @param path        the file.
     * @param bufferBytes initial buffer size; it grows to hold the longest line.
     * @throws IOException naming the file if it cannot be opened or its gzip header is damaged.
     */
    public LineFile(final Path path, final int bufferBytes) throws IOException
    {
        super(Math.max(4096, bufferBytes));
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
        window = ByteBuffer.wrap(buffer());
        gzip = isGzip() ? openGzip() : null;
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

    @Override
    protected int read(final byte[] dst, final int offset, final int length) throws IOException
    {
        if (gzip != null)
        {
            return readGzip(dst, offset, length);
        }
        if (window.array() != dst)
        {
            window = ByteBuffer.wrap(dst);
        }
        window.limit(offset + length).position(offset);
        return channel.read(window);
    }

    private int readGzip(final byte[] dst, final int offset, final int length) throws IOException
    {
        try
        {
            return gzip.read(dst, offset, length);
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
            // The empty stream ends the file at the first read.
            truncation = "gzip header incomplete";
            return InputStream.nullInputStream();
        }
        catch (final IOException ex)
        {
            channel.close();
            throw new IOException(path + ": not a readable gzip file: " + ex.getMessage(), ex);
        }
    }
}
