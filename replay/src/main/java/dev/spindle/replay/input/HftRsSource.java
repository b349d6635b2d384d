package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One pass over an hft-rs capture: the snapshot file as one record, then every line of the diffs file (one raw
 * depth frame per line). The snapshot is small (one REST body) and read whole; the diffs are streamed. Blank lines
 * are skipped; a torn last line is skipped with a warning.
 */
final class HftRsSource implements RecordSource
{
    private final Path snapshotFile;
    private final LineFile diffs;
    private final Warnings warnings;
    private byte[] snapshot;
    private boolean snapshotDone;
    private boolean inSnapshot;

    /**
     * @param snapshotFile the REST snapshot body, or null to start from the diffs directly.
     * @param diffsFile    one depth frame per line.
     * @param warnings     receives the torn-tail warning.
     */
    HftRsSource(final Path snapshotFile, final Path diffsFile, final Warnings warnings) throws IOException
    {
        this.snapshotFile = snapshotFile;
        this.warnings = warnings;
        this.diffs = new LineFile(diffsFile, LineFile.DEFAULT_BUFFER_BYTES);
        snapshotDone = snapshotFile == null;
    }

    @Override
    public boolean next() throws IOException
    {
        if (!snapshotDone)
        {
            snapshotDone = true;
            try
            {
                snapshot = Files.readAllBytes(snapshotFile);
            }
            catch (final NoSuchFileException ex)
            {
                throw new IOException(snapshotFile + ": no such file", ex);
            }
            inSnapshot = true;
            return true;
        }
        inSnapshot = false;
        snapshot = null;
        while (diffs.next())
        {
            if (diffs.length() > 0)
            {
                return true;
            }
        }
        if (diffs.tornTail())
        {
            warnings.warn(diffs.name() + ":" + (diffs.lineNo() + 1) + ": torn last line (" + diffs.tornLength() +
                " bytes without newline) skipped");
        }
        return false;
    }

    @Override
    public RecordKind kind()
    {
        return inSnapshot ? RecordKind.SNAPSHOT : RecordKind.FRAME;
    }

    @Override
    public byte[] buffer()
    {
        return inSnapshot ? snapshot : diffs.buffer();
    }

    @Override
    public int offset()
    {
        return inSnapshot ? 0 : diffs.offset();
    }

    @Override
    public int length()
    {
        return inSnapshot ? snapshot.length : diffs.length();
    }

    @Override
    public long recvEpochNs()
    {
        return NO_RECV_TIME;
    }

    @Override
    public String file()
    {
        return inSnapshot ? snapshotFile.toString() : diffs.name();
    }

    @Override
    public long lineNo()
    {
        return inSnapshot ? 1 : diffs.lineNo();
    }

    @Override
    public double progress()
    {
        return (double)diffs.positionBytes() / Math.max(1, diffs.sizeBytes());
    }

    @Override
    public void close() throws IOException
    {
        diffs.close();
    }
}
