package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.DecodeException;
import dev.spindle.replay.ReplayException;

/**
 * One pass over Hyperliquid archive files: each line {@code {"time":"<ISO ns>","ver_num":1,"raw":<WS frame>}} is
 * unwrapped in place ({@link ArchiveLine}) and handed out as its raw frame, with {@code time} as the receive time.
 * Several files are read in order as one recording. A line that is not such an object is an error naming file and
 * line, or is skipped with a warning when bad lines are skipped; a torn last line is skipped with a warning.
 */
final class ArchiveSource implements RecordSource
{
    private final List<Path> files;
    private final Warnings warnings;
    private final boolean skipBadLines;
    private final ArchiveLine archive = new ArchiveLine();
    private final long totalBytes;
    private long doneBytes;
    private int nextFile;
    private LineFile current;

    /**
     * @param files        the archive files, in time order.
     * @param warnings     receives torn-tail and skipped-line warnings.
     * @param skipBadLines skip malformed lines instead of failing.
     */
    ArchiveSource(final List<Path> files, final Warnings warnings, final boolean skipBadLines)
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
                if (current.length() > 0 && unwrap())
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
        return RecordKind.FRAME;
    }

    @Override
    public byte[] buffer()
    {
        return current.buffer();
    }

    @Override
    public int offset()
    {
        return archive.rawOffset();
    }

    @Override
    public int length()
    {
        return archive.rawLength();
    }

    @Override
    public long recvEpochNs()
    {
        return archive.localTimeNs();
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

    private boolean unwrap()
    {
        try
        {
            archive.unwrap(current.buffer(), current.offset(), current.length());
            return true;
        }
        catch (final DecodeException ex)
        {
            final String problem = current.name() + ":" + current.lineNo() + ": not a Hyperliquid archive line: " +
                ex.getMessage();
            if (skipBadLines)
            {
                warnings.skippedLine(problem);
                return false;
            }
            throw new ReplayException(problem);
        }
    }
}
