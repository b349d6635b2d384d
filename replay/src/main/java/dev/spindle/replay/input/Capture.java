package dev.spindle.replay.input;

import java.io.IOException;
import java.util.List;

import dev.spindle.capture.reader.CheckpointFile;

/**
 * One capture to replay, in any {@link InputFormat}: it opens independent passes over its streams, so the
 * replay can read depth on one thread while trades and tickers are pulled on another, each at its own pace.
 * New formats (e.g. Hyperliquid l2Book streams) plug in by implementing this and registering in
 * {@link Captures}.
 */
public abstract class Capture
{
    /** @return the format. */
    public abstract InputFormat format();

    /** @return one line saying what is replayed, e.g. {@code hft-rs pair snapshot.json + diffs.jsonl}. */
    public abstract String description();

    /** @return the symbol the capture declares (session metadata), or null if only its frames tell. */
    public String declaredSymbol()
    {
        return null;
    }

    /**
     * @param warnings     receives torn tails and skipped lines of this pass.
     * @param skipBadLines skip malformed lines instead of failing.
     * @return a pass over depth frames and REST snapshots, in recorded order.
     * @throws IOException if a file cannot be opened.
     */
    public abstract RecordSource depth(Warnings warnings, boolean skipBadLines) throws IOException;

    /**
     * @return a pass over the frames that may hold trades, or null if the capture cannot have any. Frames of
     * other kinds may come along (the caller classifies them); malformed lines are skipped silently, the depth pass
     * reports them.
     * @throws IOException if a file cannot be opened.
     */
    public RecordSource trades() throws IOException
    {
        return null;
    }

    /**
     * @return a pass over the frames that may hold bookTickers, or null if the capture cannot have any; as
     * {@link #trades()}.
     * @throws IOException if a file cannot be opened.
     */
    public RecordSource tickers() throws IOException
    {
        return null;
    }

    /** @return later REST snapshots kept apart from the depth stream (a session's {@code checkpoints/}), by id. */
    public List<CheckpointFile> checkpoints() throws IOException
    {
        return List.of();
    }

    /**
     * @param file   a file of the depth pass, as {@link RecordSource#file()} names it.
     * @param lineNo a line of that file.
     * @return true if the depth pass holds a REST snapshot after that line (inline snapshots); may scan ahead.
     * @throws IOException if a file cannot be read.
     */
    public boolean snapshotAfter(final String file, final long lineNo) throws IOException
    {
        return false;
    }
}
