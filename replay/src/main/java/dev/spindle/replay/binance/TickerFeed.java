package dev.spindle.replay.binance;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.spindle.binance.codec.BookTicker;
import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.replay.input.RecordKind;
import dev.spindle.replay.input.RecordSource;

/**
 * The capture's bookTickers of the replayed symbol, fed to a {@link BookTickerCheck} by update id from a pass of
 * their own: before the book's checkpoint at {@code u} is recorded, every ticker with an id up to {@code u} has
 * been seen, so the check judges each checkpoint against the right ticker whatever the recorded arrival order.
 * Runs on the replay thread; owns its pass.
 */
final class TickerFeed implements AutoCloseable
{
    private final RecordSource source;
    private final FrameDecoder frames;
    private final byte[] upperSymbol;
    private boolean pending;
    private boolean ended;
    private long tickers;
    private long badFrames;

    /**
     * @param source  a pass over frames that may hold bookTickers.
     * @param symbols holds the replayed instrument (only).
     */
    TickerFeed(final RecordSource source, final SymbolTable symbols)
    {
        this.source = source;
        this.frames = new FrameDecoder(symbols, 64);
        this.upperSymbol = symbols.instrument(0).symbol().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Feed {@code check} every ticker with {@code u <= updateId} not fed yet, plus the first one beyond it (which
     * settles the checkpoints at or before {@code updateId}).
     */
    void advanceTo(final long updateId, final BookTickerCheck check)
    {
        while (pending || readNext())
        {
            final BookTicker ticker = frames.bookTicker();
            check.onBookTicker(ticker);
            pending = false;
            if (ticker.u() > updateId)
            {
                return;
            }
        }
    }

    /** @return tickers read. */
    long tickers()
    {
        return tickers;
    }

    /** @return ticker frames that could not be decoded (skipped). */
    long badFrames()
    {
        return badFrames;
    }

    @Override
    public void close() throws IOException
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
                if (source.kind() == RecordKind.FRAME && take())
                {
                    pending = true;
                    tickers++;
                    return true;
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("reading bookTickers: " + ex.getMessage(), ex);
        }
        ended = true;
        return false;
    }

    private boolean take()
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
            return frames.classify(buf, off, len) == FrameType.BOOK_TICKER &&
                frames.decode(buf, off, len) == FrameType.BOOK_TICKER;
        }
        catch (final DecodeException ex)
        {
            badFrames++;
            return false;
        }
    }
}
