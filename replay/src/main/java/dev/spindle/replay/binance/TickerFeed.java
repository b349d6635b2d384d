package dev.spindle.replay.binance;

import dev.spindle.binance.codec.BookTicker;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.replay.input.RecordSource;

/**
 * The capture's bookTickers of the replayed symbol, fed to a {@link BookTickerCheck} by update id from a pass of
 * their own: before the book's checkpoint at {@code u} is recorded, every ticker with an id up to {@code u} has
 * been seen, so the check judges each checkpoint against the right ticker whatever the recorded arrival order.
 */
final class TickerFeed extends FramePass
{
    /**
     * @param source  a pass over frames that may hold bookTickers.
     * @param symbols holds the replayed instrument (only).
     */
    TickerFeed(final RecordSource source, final SymbolTable symbols)
    {
        super(source, symbols, "bookTickers");
    }

    /**
     * Feed {@code check} every ticker with {@code u <= updateId} not fed yet, plus the first one beyond it (which
     * settles the checkpoints at or before {@code updateId}).
     */
    void advanceTo(final long updateId, final BookTickerCheck check)
    {
        while (peek())
        {
            final BookTicker ticker = frames.bookTicker();
            check.onBookTicker(ticker);
            consume();
            if (ticker.u() > updateId)
            {
                return;
            }
        }
    }

    /** @return tickers read. */
    long tickers()
    {
        return kept();
    }

    @Override
    boolean take(final byte[] buf, final int off, final int len)
    {
        return frames.classify(buf, off, len) == FrameType.BOOK_TICKER &&
            frames.decode(buf, off, len) == FrameType.BOOK_TICKER;
    }
}
