package dev.spindle.capture.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens recording files, decompressing gzip transparently (detected by its magic bytes, not the name).
 */
public final class RecordingFiles
{
    private static final int BUFFER_BYTES = 1 << 16;

    private RecordingFiles()
    {
    }

    /**
     * @param path a plain or gzip-compressed file.
     * @return a line reader over its decompressed bytes.
     * @throws IOException if the file cannot be opened.
     */
    public static LineReader openLines(final Path path) throws IOException
    {
        return new LineReader(open(path), BUFFER_BYTES);
    }

    /**
     * @param path a plain or gzip-compressed file.
     * @return its decompressed bytes.
     * @throws IOException if the file cannot be opened.
     */
    public static InputStream open(final Path path) throws IOException
    {
        final BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES);
        in.mark(2);
        final int b0 = in.read();
        final int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b)
        {
            return new GZIPInputStream(in, BUFFER_BYTES);
        }
        return in;
    }
}
