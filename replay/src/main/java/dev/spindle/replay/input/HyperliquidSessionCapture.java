package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.reader.SessionReader;

/**
 * A spindle Hyperliquid capture session, {@code <capture-dir>/hyperliquid/<COIN>/<session>/}: {@code l2book.jsonl}
 * and {@code trades.jsonl}, one raw WebSocket frame per line, each with its {@code .recv} sidecar, rotated and
 * gzip parts included (see {@link dev.spindle.capture.SessionLayout}). Each pass opens its own
 * {@link SessionReader}.
 */
final class HyperliquidSessionCapture extends HyperliquidCapture
{
    private final SessionFiles session;

    HyperliquidSessionCapture(final Path dir, final SessionReader reader)
    {
        this.session = new SessionFiles(dir, reader);
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.HL_SESSION;
    }

    @Override
    public String description()
    {
        return "spindle Hyperliquid session " + session.dir();
    }

    @Override
    public String declaredSymbol()
    {
        return session.declaredSymbol();
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return session.pass(FileKind.L2BOOK, false, warnings);
    }

    @Override
    public RecordSource trades() throws IOException
    {
        return session.sidePass(FileKind.TRADES);
    }
}
