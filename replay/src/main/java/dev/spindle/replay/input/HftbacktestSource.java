package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.replay.ReplayException;

/**
 * One pass over hftbacktest collector captures: gzip (or plain) text, one {@code <local_ns> <raw json>} per line,
 * REST snapshots inline as bare {@code {"lastUpdateId":..}} bodies. Several files are read in order as one
 * recording. A line without the {@code <local_ns> } prefix is an error naming file and line, or is skipped with a
 * warning when bad lines are skipped; a torn last line is skipped with a warning.
 */
final class HftbacktestSource implements RecordSource
{
    private static final byte[] SNAPSHOT_PREFIX = "{\"lastUpdateId\"".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NS_DIGITS = 19;

    private final List<Path> files;
    private final Warnings warnings;
    private final boolean skipBadLines;
    private final long totalBytes;
    private long doneBytes;
    private int nextFile;
    private LineFile current;
    private RecordKind kind;
    private long recvNs;
    private int offset;
    private int length;

    /**
     * @param files        the capture's files, in recording order.
     * @param warnings     receives torn-tail and skipped-line warnings.
     * @param skipBadLines skip malformed lines instead of failing.
     */
    HftbacktestSource(final List<Path> files, final Warnings warnings, final boolean skipBadLines)
    {
        this.files = List.copyOf(files);
        this.warnings = warnings;
        this.skipBadLines = skipBadLines;
        long total = 0;
        for (final Path file : files)
        {
            total += file.toFile().length();
        }
        this.totalBytes = total;
    }

    @Override
    public boolean next() throws IOException
    {
        while (true)
        {
            if (current == null)
            {
                if (nextFile == files.size())
                {
                    return false;
                }
                current = new LineFile(files.get(nextFile++), LineFile.DEFAULT_BUFFER_BYTES);
            }
            if (current.next())
            {
                if (current.length() > 0 && parse(current.buffer(), current.offset(), current.length()))
                {
                    return true;
                }
                continue;
            }
            if (current.tornTail())
            {
                warnings.warn(current.name() + ":" + (current.lineNo() + 1) + ": torn last line (" +
                    current.tornLength() + " bytes without newline) skipped");
            }
            if (current.truncation() != null)
            {
                warnings.warn(current.name() + ": " + current.truncation() + "; read up to the tear");
            }
            doneBytes += current.sizeBytes();
            current.close();
            current = null;
        }
    }

    @Override
    public RecordKind kind()
    {
        return kind;
    }

    @Override
    public byte[] buffer()
    {
        return current.buffer();
    }

    @Override
    public int offset()
    {
        return offset;
    }

    @Override
    public int length()
    {
        return length;
    }

    @Override
    public long recvEpochNs()
    {
        return recvNs;
    }

    @Override
    public String file()
    {
        return current.name();
    }

    @Override
    public long lineNo()
    {
        return current.lineNo();
    }

    @Override
    public double progress()
    {
        final long inCurrent = current == null ? 0 : current.positionBytes();
        return (double)(doneBytes + inCurrent) / Math.max(1, totalBytes);
    }

    @Override
    public void close() throws IOException
    {
        if (current != null)
        {
            current.close();
            current = null;
        }
        nextFile = files.size();
    }

    private boolean parse(final byte[] buf, final int off, final int len)
    {
        final int end = off + len;
        long ns = 0;
        int i = off;
        while (i < end && buf[i] >= '0' && buf[i] <= '9' && i - off < MAX_NS_DIGITS)
        {
            ns = ns * 10 + (buf[i] - '0');
            i++;
        }
        if (i == off || i + 1 >= end || buf[i] != ' ' || buf[i + 1] != '{')
        {
            final String problem = current.name() + ":" + current.lineNo() +
                ": expected '<local_ns> {json}', got '" +
                new String(buf, off, Math.min(len, 60), StandardCharsets.UTF_8) + "'";
            if (skipBadLines)
            {
                warnings.skippedLine(problem);
                return false;
            }
            throw new ReplayException(problem);
        }
        recvNs = ns;
        offset = i + 1;
        length = end - offset;
        kind = startsWith(buf, offset, length, SNAPSHOT_PREFIX) ? RecordKind.SNAPSHOT : RecordKind.FRAME;
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
