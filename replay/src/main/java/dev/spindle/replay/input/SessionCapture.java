package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.CheckpointFile;
import dev.spindle.capture.reader.SessionReader;

/**
 * A spindle capture session. Each pass opens its own {@link SessionReader} (readers are per thread); checkpoints
 * are listed once.
 */
final class SessionCapture extends Capture
{
    private final Path dir;
    private final SessionReader reader;

    SessionCapture(final Path dir, final SessionReader reader)
    {
        this.dir = dir;
        this.reader = reader;
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.SESSION;
    }

    @Override
    public String description()
    {
        return "spindle session " + dir;
    }

    @Override
    public String declaredSymbol()
    {
        return reader.metadata().map(SessionMetadata::symbol).orElse(null);
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return pass(FileKind.DIFFS, true, warnings);
    }

    @Override
    public RecordSource trades() throws IOException
    {
        return reader.kinds().contains(FileKind.TRADES) ? pass(FileKind.TRADES, false, message -> { }) : null;
    }

    @Override
    public RecordSource tickers() throws IOException
    {
        return reader.kinds().contains(FileKind.BOOK_TICKER) ?
            pass(FileKind.BOOK_TICKER, false, message -> { }) : null;
    }

    @Override
    public List<CheckpointFile> checkpoints() throws IOException
    {
        return reader.checkpoints();
    }

    private RecordSource pass(final FileKind kind, final boolean withSnapshot, final Warnings warnings)
        throws IOException
    {
        final SessionReader own = SessionReader.open(dir, warnings::warn);
        final long lines = own.metadata().map(m -> m.lines(kind)).orElse(0L);
        return new SessionSource(own, kind, withSnapshot, lines);
    }
}
