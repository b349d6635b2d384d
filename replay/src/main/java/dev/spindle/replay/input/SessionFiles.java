package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

/**
 * The streams of a spindle capture session directory, whatever the venue. Each pass opens its own
 * {@link SessionReader} (readers are per thread); the one given at construction answers questions about the
 * session as a whole.
 */
final class SessionFiles
{
    private final Path dir;
    private final SessionReader reader;

    /**
     * @param dir    the session directory.
     * @param reader a reader opened on it, for its metadata, kinds and checkpoints.
     */
    SessionFiles(final Path dir, final SessionReader reader)
    {
        this.dir = dir;
        this.reader = reader;
    }

    /** @return the session directory. */
    Path dir()
    {
        return dir;
    }

    /** @return the session's reader, for its checkpoints. */
    SessionReader reader()
    {
        return reader;
    }

    /** @return the symbol the session's metadata names, or null. */
    String declaredSymbol()
    {
        return reader.metadata().map(SessionMetadata::symbol).orElse(null);
    }

    /**
     * @param kind         the stream.
     * @param withSnapshot true to hand out the session's snapshot first.
     * @param warnings     receives the pass's warnings.
     * @return a new pass over the stream.
     * @throws IOException if the session cannot be opened.
     */
    RecordSource pass(final FileKind kind, final boolean withSnapshot, final Warnings warnings) throws IOException
    {
        final SessionReader own = SessionReader.open(dir, warnings::warn);
        final long lines = own.metadata().map(m -> m.lines(kind)).orElse(0L);
        return new SessionSource(own, kind, withSnapshot, lines);
    }

    /**
     * @param kind a side stream (trades, tickers).
     * @return a quiet pass over it, or null if the session did not record it.
     * @throws IOException if the session cannot be opened.
     */
    RecordSource sidePass(final FileKind kind) throws IOException
    {
        return reader.kinds().contains(kind) ? pass(kind, false, Warnings.NONE) : null;
    }
}
