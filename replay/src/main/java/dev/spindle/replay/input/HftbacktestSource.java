package dev.spindle.replay.input;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One pass over hftbacktest collector captures: gzip (or plain) text, one {@code <local_ns> <raw json>} per line,
 * REST snapshots inline as bare {@code {"lastUpdateId":..}} bodies. Several files are read in order as one
 * recording. A line without the {@code <local_ns> } prefix is an error naming file and line, or is skipped with a
 * warning when bad lines are skipped; a torn last line is skipped with a warning.
 */
final class HftbacktestSource extends FileSequenceSource
{
    private static final byte[] SNAPSHOT_PREFIX = "{\"lastUpdateId\"".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NS_DIGITS = 19;

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
        super(files, warnings, skipBadLines);
    }

    @Override
    public RecordKind kind()
    {
        return kind;
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
    boolean accept(final LineFile line)
    {
        final byte[] buf = line.buffer();
        final int off = line.offset();
        final int len = line.length();
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
            return badLine(line.name() + ":" + line.lineNo() + ": expected '<local_ns> {json}', got '" +
                new String(buf, off, Math.min(len, 60), StandardCharsets.UTF_8) + "'");
        }
        recvNs = ns;
        offset = i + 1;
        length = end - offset;
        kind = ByteSearch.startsWith(buf, offset, length, SNAPSHOT_PREFIX) ? RecordKind.SNAPSHOT : RecordKind.FRAME;
        return true;
    }
}
