package dev.spindle.replay.binance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.replay.input.RecordKind;
import dev.spindle.replay.input.RecordSource;

/**
 * A pass of its own over the capture's frames that keeps one kind of frame of the replayed symbol, one at a time:
 * {@link #peek()} reads ahead to the next kept frame, which stays decoded in {@link #frames} until
 * {@link #consume()}. Frames of other symbols are skipped unread; frames that fail to decode are counted and
 * skipped. Runs on the replay thread; owns its pass.
 */
abstract class FramePass implements AutoCloseable
{
    /** Holds the decoded frame after {@link #peek()} returned true. */
    final FrameDecoder frames;
    private final RecordSource source;
    private final byte[] upperSymbol;
    private final String what;
    private boolean pending;
    private boolean ended;
    private long kept;
    private long badFrames;

    /**
     * @param source  a pass over frames.
     * @param symbols holds the replayed instrument (only).
     * @param what    what the pass reads, for error messages (e.g. {@code trades}).
     */
    FramePass(final RecordSource source, final SymbolTable symbols, final String what)
    {
        this.source = source;
        this.frames = new FrameDecoder(symbols, 64);
        this.upperSymbol = symbols.instrument(0).symbol().getBytes(StandardCharsets.US_ASCII);
        this.what = what;
    }

    /**
     * Decide whether the current frame is kept, decoding it into {@link #frames} when it is.
     *
     * @return true to keep the frame.
     * @throws DecodeException when the frame is of the kind kept but malformed.
     */
    abstract boolean take(byte[] buf, int off, int len);

    /** @return true if a kept frame is available (decoded in {@link #frames}), reading ahead if needed. */
    final boolean peek()
    {
        return pending || readNext();
    }

    /** The frame returned by {@link #peek()} is used. */
    final void consume()
    {
        pending = false;
    }

    /** @return frames kept so far, handed out or pending. */
    final long kept()
    {
        return kept;
    }

    /** @return frames of the kept kind that could not be decoded (skipped). */
    final long badFrames()
    {
        return badFrames;
    }

    @Override
    public final void close() throws IOException
    {
        source.close();
    }

    private boolean readNext()
    {
        if (ended)
        {
            return false;
        }
        try
        {
            while (source.next())
            {
                if (source.kind() == RecordKind.FRAME && takeCounted())
                {
                    pending = true;
                    kept++;
                    return true;
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("reading " + what + ": " + ex.getMessage(), ex);
        }
        ended = true;
        return false;
    }

    private boolean takeCounted()
    {
        final byte[] buf = source.buffer();
        final int off = source.offset();
        final int len = source.length();
        if (StreamName.isOtherSymbol(buf, off, len, upperSymbol))
        {
            return false;
        }
        try
        {
            return take(buf, off, len);
        }
        catch (final DecodeException ex)
        {
            badFrames++;
            return false;
        }
    }
}
