package dev.spindle.replay.input;

import java.nio.file.Path;
import java.util.List;

import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.DecodeException;

/**
 * One pass over Hyperliquid archive files: each line {@code {"time":"<ISO ns>","ver_num":1,"raw":<WS frame>}} is
 * unwrapped in place ({@link ArchiveLine}) and handed out as its raw frame, with {@code time} as the receive time.
 * Several files are read in order as one recording. A line that is not such an object is an error naming file and
 * line, or is skipped with a warning when bad lines are skipped; a torn last line is skipped with a warning.
 */
final class ArchiveSource extends FileSequenceSource
{
    private final ArchiveLine archive = new ArchiveLine();

    /**
     * @param files        the archive files, in time order.
     * @param warnings     receives torn-tail and skipped-line warnings.
     * @param skipBadLines skip malformed lines instead of failing.
     */
    ArchiveSource(final List<Path> files, final Warnings warnings, final boolean skipBadLines)
    {
        super(files, warnings, skipBadLines);
    }

    @Override
    public RecordKind kind()
    {
        return RecordKind.FRAME;
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
    boolean accept(final LineFile line)
    {
        try
        {
            archive.unwrap(line.buffer(), line.offset(), line.length());
            return true;
        }
        catch (final DecodeException ex)
        {
            return badLine(line.name() + ":" + line.lineNo() + ": not a Hyperliquid archive line: " + ex.getMessage());
        }
    }
}
