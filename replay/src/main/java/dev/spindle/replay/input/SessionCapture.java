package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.reader.CheckpointFile;
import dev.spindle.capture.reader.SessionReader;

/**
 * A spindle capture session. Each pass opens its own {@link SessionReader} (readers are per thread); checkpoints
 * are listed once.
 */
final class SessionCapture extends Capture
{
    private final SessionFiles session;

    SessionCapture(final Path dir, final SessionReader reader)
    {
        this.session = new SessionFiles(dir, reader);
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.SESSION;
    }

    @Override
    public String description()
    {
        return "spindle session " + session.dir();
    }

    @Override
    public String declaredSymbol()
    {
        return session.declaredSymbol();
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return session.pass(FileKind.DIFFS, true, warnings);
    }

    @Override
    public RecordSource trades() throws IOException
    {
        return session.sidePass(FileKind.TRADES);
    }

    @Override
    public RecordSource tickers() throws IOException
    {
        return session.sidePass(FileKind.BOOK_TICKER);
    }

    @Override
    public List<CheckpointFile> checkpoints() throws IOException
    {
        return session.reader().checkpoints();
    }
}
