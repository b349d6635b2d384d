package dev.spindle.capture.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads hftbacktest collector captures: gzip (or plain) text, one {@code <local_receive_ns> <raw json>} per
 * line. REST depth snapshots are written inline as bare {@code {"lastUpdateId":..}} lines at the moment they
 * arrived. Several files are read in the given order as one continuous recording (a capture split at midnight).
 */
public final class HftbacktestRecording
{
    private static final byte[] SNAPSHOT_PREFIX = "{\"lastUpdateId\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private HftbacktestRecording()
    {
    }

    /**
     * Stream every line of {@code files}, in order, to {@code handler}.
     *
     * @return the number of lines delivered.
     * @throws RecordingException on a malformed line (unless skipped) naming file and line.
     * @throws UncheckedIOException on an I/O error.
     */
    public static long read(final List<Path> files, final ReadOptions options, final RecordHandler handler)
    {
        final RecordedLine line = new RecordedLine();
        long delivered = 0;
        for (final Path file : files)
        {
            line.file = file.toString();
            try (LineReader reader = RecordingFiles.openLines(file))
            {
                while (reader.next())
                {
                    line.lineNo = reader.lineNo();
                    if (parse(reader.buffer(), reader.offset(), reader.length(), line, options))
                    {
                        handler.onLine(line);
                        delivered++;
                    }
                }
                if (reader.tornTail())
                {
                    options.warnings().accept(file + ":" + (reader.lineNo() + 1) + ": torn last line (" +
                        reader.tornLength() + " bytes) skipped");
                }
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
            }
        }
        return delivered;
    }

    private static boolean parse(
        final byte[] buf, final int off, final int len, final RecordedLine line, final ReadOptions options)
    {
        if (len == 0)
        {
            return false;
        }
        long ns = 0;
        int i = off;
        final int end = off + len;
        while (i < end && buf[i] >= '0' && buf[i] <= '9' && i - off < 19)
        {
            ns = ns * 10 + (buf[i] - '0');
            i++;
        }
        if (i == off || i >= end || buf[i] != ' ' || i + 1 >= end || buf[i + 1] != '{')
        {
            final String problem = "expected '<local_ns> {json}', got '" +
                new String(buf, off, Math.min(len, 60), java.nio.charset.StandardCharsets.UTF_8) + "'";
            if (options.skipBadLines())
            {
                options.warnings().accept(line.position() + ": " + problem + " (skipped)");
                return false;
            }
            throw new RecordingException(line.position(), problem);
        }
        line.localNs = ns;
        line.buffer = buf;
        line.offset = i + 1;
        line.length = end - i - 1;
        line.kind = startsWith(buf, line.offset, line.length, SNAPSHOT_PREFIX) ?
            RecordedLine.Kind.REST_SNAPSHOT : RecordedLine.Kind.WS_FRAME;
        line.restSymbol = null;
        return true;
    }

    static boolean startsWith(final byte[] buf, final int off, final int len, final byte[] prefix)
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
}
