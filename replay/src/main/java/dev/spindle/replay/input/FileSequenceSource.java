package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.replay.ReplayException;

/**
 * One pass over a list of text files (gzip or plain) read in order as one recording, a line at a time: each
 * non-empty line goes to {@link #accept}, which parses it in place and says whether it is a record. A torn last line
 * or a truncated gzip file is skipped with a warning; {@link #badLine} fails or skips a malformed one.
 */
abstract class FileSequenceSource implements RecordSource
{
    private final List<Path> files;
    private final Warnings warnings;
    private final boolean skipBadLines;
    private final long totalBytes;
    private long doneBytes;
    private int nextFile;
    private LineFile current;

    /**
     * @param files        the files, in recording order.
     * @param warnings     receives torn-tail and skipped-line warnings.
     * @param skipBadLines skip malformed lines instead of failing.
     */
    FileSequenceSource(final List<Path> files, final Warnings warnings, final boolean skipBadLines)
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

    /**
     * Parse the current line of {@code line} in place.
     *
     * @param line the file, positioned on a non-empty line.
     * @return true if the line is a record, false to skip it.
     */
    abstract boolean accept(LineFile line);

    @Override
    public final boolean next() throws IOException
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
                if (current.length() > 0 && accept(current))
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
    public final byte[] buffer()
    {
        return current.buffer();
    }

    @Override
    public final String file()
    {
        return current.name();
    }

    @Override
    public final long lineNo()
    {
        return current.lineNo();
    }

    @Override
    public final double progress()
    {
        final long inCurrent = current == null ? 0 : current.positionBytes();
        return (double)(doneBytes + inCurrent) / Math.max(1, totalBytes);
    }

    @Override
    public final void close() throws IOException
    {
        if (current != null)
        {
            current.close();
            current = null;
        }
        nextFile = files.size();
    }

    /**
     * A malformed line: skipped with a warning when bad lines are skipped, else an error.
     *
     * @param problem one line naming file, line and what is wrong.
     * @return false (the line is not a record), for {@link #accept} to return.
     * @throws ReplayException unless bad lines are skipped.
     */
    final boolean badLine(final String problem)
    {
        if (skipBadLines)
        {
            warnings.skippedLine(problem);
            return false;
        }
        throw new ReplayException(problem);
    }
}
