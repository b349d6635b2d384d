package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.reader.SessionReader;

/**
 * A capture of Hyperliquid frames, in any of the Hyperliquid {@link InputFormat}s: its {@link #depth} pass yields
 * the raw {@code l2Book} WebSocket frames (other frames may come along; the replay classifies them) and its
 * {@link #trades()} pass the raw {@code trades} frames, or null when the capture has none (the archive). Every
 * record is a {@link RecordKind#FRAME}: Hyperliquid has no REST snapshots to interleave, each l2Book frame is one,
 * and there are no tickers or checkpoints.
 * <p>
 * The files are read by the venue-neutral captures (hftbacktest lines, spindle sessions) or the archive's; this
 * type marks them as Hyperliquid's. {@link Captures} opens it; {@link dev.spindle.replay.Replay} hands it to the
 * Hyperliquid replay.
 */
public final class HyperliquidCapture extends Capture
{
    private final Capture files;

    private HyperliquidCapture(final Capture files)
    {
        this.files = files;
    }

    /** @return hftbacktest collector files of Hyperliquid, l2Book and trades frames interleaved. */
    static HyperliquidCapture hftbacktest(final List<Path> files)
    {
        return new HyperliquidCapture(
            new HftbacktestCapture(files, InputFormat.HL_HFTBACKTEST, "hftbacktest Hyperliquid capture"));
    }

    /** @return files of Hyperliquid's l2Book archive. */
    static HyperliquidCapture archive(final List<Path> files)
    {
        return new HyperliquidCapture(new ArchiveCapture(files));
    }

    /**
     * @return a spindle Hyperliquid capture session, {@code <capture-dir>/hyperliquid/<COIN>/<session>/}:
     * {@code l2book.jsonl} and {@code trades.jsonl}, one raw WebSocket frame per line, each with its {@code .recv}
     * sidecar, rotated and gzip parts included (see {@link dev.spindle.capture.SessionLayout}).
     */
    static HyperliquidCapture session(final Path dir, final SessionReader reader)
    {
        return new HyperliquidCapture(new SessionCapture(dir, reader, InputFormat.HL_SESSION,
            "spindle Hyperliquid session", FileKind.L2BOOK, false));
    }

    @Override
    public InputFormat format()
    {
        return files.format();
    }

    @Override
    public String description()
    {
        return files.description();
    }

    @Override
    public String declaredSymbol()
    {
        return files.declaredSymbol();
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return files.depth(warnings, skipBadLines);
    }

    @Override
    public RecordSource trades() throws IOException
    {
        return files.trades();
    }
}
