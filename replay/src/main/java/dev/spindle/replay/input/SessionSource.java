package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.reader.LineCursor;
import dev.spindle.capture.reader.SessionReader;

/**
 * One pass over a stream of a spindle capture session: for the depth stream, {@code snapshot.json} first (when
 * the session has one), then every line of {@code diffs} across rotated and gzip parts with its receive time; for
 * other streams just their lines. Torn tails and unpaired receive times are the session reader's warnings.
 */
final class SessionSource implements RecordSource
{
    private final SessionReader reader;
    private final LineCursor cursor;
    private final long expectedLines;
    private byte[] snapshot;
    private boolean inSnapshot;
    private Path part;
    private String partName;
    private long partFirstLine;

    /**
     * @param reader        the open session.
     * @param kind          the stream to read.
     * @param withSnapshot  start with {@code snapshot.json} if present.
     * @param expectedLines lines of the stream according to the metadata, 0 if unknown (for progress).
     */
    SessionSource(final SessionReader reader, final FileKind kind, final boolean withSnapshot, final long expectedLines)
        throws IOException
    {
        this.reader = reader;
        this.expectedLines = expectedLines;
        this.snapshot = withSnapshot ? reader.snapshot() : null;
        this.cursor = reader.cursor(kind);
    }

    @Override
    public boolean next() throws IOException
    {
        if (snapshot != null && !inSnapshot)
        {
            inSnapshot = true;
            return true;
        }
        if (inSnapshot)
        {
            inSnapshot = false;
            snapshot = null;
        }
        while (cursor.next())
        {
            if (cursor.file() != part)
            {
                part = cursor.file();
                partName = part.toString();
                partFirstLine = cursor.lineNo();
            }
            if (cursor.length() > 0)
            {
                return true;
            }
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
        return inSnapshot ? snapshot : cursor.buffer();
    }

    @Override
    public int offset()
    {
        return inSnapshot ? 0 : cursor.offset();
    }

    @Override
    public int length()
    {
        return inSnapshot ? snapshot.length : cursor.length();
    }

    @Override
    public long recvEpochNs()
    {
        return inSnapshot ? NO_RECV_TIME : cursor.recvEpochNs();
    }

    @Override
    public String file()
    {
        return inSnapshot ? reader.directory().resolve(SessionLayout.SNAPSHOT).toString() : partName;
    }

    @Override
    public long lineNo()
    {
        return inSnapshot ? 1 : cursor.lineNo() - partFirstLine + 1;
    }

    @Override
    public double progress()
    {
        return expectedLines > 0 ? Math.min(1.0, (double)cursor.lineNo() / expectedLines) : -1;
    }

    @Override
    public void close() throws IOException
    {
        cursor.close();
    }
}
