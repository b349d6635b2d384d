package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

/**
 * A spindle Hyperliquid capture session, {@code <capture-dir>/hyperliquid/<COIN>/<session>/}: {@code l2book.jsonl}
 * and {@code trades.jsonl}, one raw WebSocket frame per line, each with its {@code .recv} sidecar, rotated and
 * gzip parts included (see {@link dev.spindle.capture.SessionLayout}). Each pass opens its own
 * {@link SessionReader}.
 */
final class HyperliquidSessionCapture extends HyperliquidCapture
{
    private final Path dir;
    private final SessionReader reader;

    HyperliquidSessionCapture(final Path dir, final SessionReader reader)
    {
        this.dir = dir;
        this.reader = reader;
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.HL_SESSION;
    }

    @Override
    public String description()
    {
        return "spindle Hyperliquid session " + dir;
    }

    @Override
    public String declaredSymbol()
    {
        return reader.metadata().map(SessionMetadata::symbol).orElse(null);
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return pass(FileKind.L2BOOK, warnings);
    }

    @Override
    public RecordSource trades() throws IOException
    {
        return reader.kinds().contains(FileKind.TRADES) ? pass(FileKind.TRADES, message -> { }) : null;
    }

    private RecordSource pass(final FileKind kind, final Warnings warnings) throws IOException
    {
        final SessionReader own = SessionReader.open(dir, warnings::warn);
        final long lines = own.metadata().map(m -> m.lines(kind)).orElse(0L);
        return new SessionSource(own, kind, false, lines);
    }
}
