package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.CheckpointFile;
import dev.spindle.capture.reader.SessionReader;

/**
 * A spindle capture session, of either venue. Each pass opens its own {@link SessionReader} (readers are per
 * thread); checkpoints are listed once.
 */
final class SessionCapture extends Capture
{
    private final Path dir;
    private final SessionReader reader;
    private final InputFormat format;
    private final String what;
    private final FileKind depthKind;
    private final boolean withSnapshot;

    /** A Binance session: diffs after the session's snapshot. */
    SessionCapture(final Path dir, final SessionReader reader)
    {
        this(dir, reader, InputFormat.SESSION, "spindle session", FileKind.DIFFS, true);
    }

    /**
     * @param dir          the session directory.
     * @param reader       a reader opened on it, for its metadata, kinds and checkpoints.
     * @param format       the format it is read as.
     * @param what         the description before the directory.
     * @param depthKind    the stream of the depth pass.
     * @param withSnapshot true to hand out the session's snapshot before the depth stream.
     */
    SessionCapture(final Path dir, final SessionReader reader, final InputFormat format, final String what,
        final FileKind depthKind, final boolean withSnapshot)
    {
        this.dir = dir;
        this.reader = reader;
        this.format = format;
        this.what = what;
        this.depthKind = depthKind;
        this.withSnapshot = withSnapshot;
    }

    @Override
    public InputFormat format()
    {
        return format;
    }

    @Override
    public String description()
    {
        return what + " " + dir;
    }

    @Override
    public String declaredSymbol()
    {
        return reader.metadata().map(SessionMetadata::symbol).orElse(null);
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return pass(depthKind, withSnapshot, warnings);
    }

    @Override
    public RecordSource trades() throws IOException
    {
        return sidePass(FileKind.TRADES);
    }

    @Override
    public RecordSource tickers() throws IOException
    {
        return sidePass(FileKind.BOOK_TICKER);
    }

    @Override
    public List<CheckpointFile> checkpoints() throws IOException
    {
        return reader.checkpoints();
    }

    private RecordSource sidePass(final FileKind kind) throws IOException
    {
        return reader.kinds().contains(kind) ? pass(kind, false, Warnings.NONE) : null;
    }

    private RecordSource pass(final FileKind kind, final boolean snapshotFirst, final Warnings warnings)
        throws IOException
    {
        final SessionReader own = SessionReader.open(dir, warnings::warn);
        final long lines = own.metadata().map(m -> m.lines(kind)).orElse(0L);
        return new SessionSource(own, kind, snapshotFirst, lines);
    }
}
