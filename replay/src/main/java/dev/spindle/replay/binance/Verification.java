package dev.spindle.replay.binance;

import java.io.IOException;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.engine.book.L2Book;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.verify.CheckpointCheck;

/**
 * {@code --verify}: the book is compared with every bookTicker of the capture (the live handler's
 * {@link BookTickerCheck}, fed by update id from a ticker pass of its own) and with every REST checkpoint (session
 * checkpoints, and snapshots inline in the capture that arrive while the book is live). Runs on the replay thread.
 */
final class Verification implements AutoCloseable
{
    private final BookTickerCheck tickerCheck = new BookTickerCheck();
    private final CheckpointCheck checkpointCheck = new CheckpointCheck();
    private final TickerFeed tickerFeed;
    private final Checkpoints checkpoints;
    private long nextCheckpointId;

    /**
     * @param tickers     a pass over the capture's tickers, or null if it has none.
     * @param checkpoints the session's checkpoints.
     * @param symbols     holds the replayed instrument (only).
     */
    Verification(final RecordSource tickers, final Checkpoints checkpoints, final SymbolTable symbols)
    {
        this.tickerFeed = tickers == null ? null : new TickerFeed(tickers, symbols);
        this.checkpoints = checkpoints;
        this.nextCheckpointId = checkpoints.nextIdToVerify();
    }

    /** A diff was applied; {@code book} reflects it. */
    void onDiffApplied(final long u, final L2Book book)
    {
        if (tickerFeed != null)
        {
            tickerFeed.advanceTo(u, tickerCheck);
        }
        tickerCheck.onDepthApplied(book);
        final long id = book.lastUpdateId();
        if (id >= nextCheckpointId)
        {
            checkpoints.addDue(id, checkpointCheck);
            nextCheckpointId = checkpoints.nextIdToVerify();
        }
        if (id >= checkpointCheck.nextId())
        {
            checkpointCheck.onBook(book);
        }
    }

    /** The book was loaded from a snapshot: checkpoints it skipped over are no longer comparable. */
    void onBookLoaded(final L2Book book)
    {
        checkpointCheck.onBook(book);
    }

    /** An inline snapshot arrived while the book was live: compare it when the book reaches its id. */
    void onLiveSnapshot(final DepthSnapshot snapshot, final String where, final L2Book book)
    {
        checkpointCheck.add(snapshot.lastUpdateId(), snapshot.bids(), snapshot.asks(), where);
        checkpointCheck.onBook(book);
    }

    /** End of the replay: judge what is left. */
    void finish(final L2Book book)
    {
        tickerCheck.finish();
        checkpoints.addDue(book.lastUpdateId(), checkpointCheck);
        checkpointCheck.onBook(book);
    }

    BookTickerCheck tickerCheck()
    {
        return tickerCheck;
    }

    CheckpointCheck checkpointCheck()
    {
        return checkpointCheck;
    }

    /** @return tickers read, 0 if the capture has none. */
    long tickers()
    {
        return tickerFeed == null ? 0 : tickerFeed.tickers();
    }

    /** @return checkpoints never reached by the book. */
    long unreached()
    {
        return checkpointCheck.unreached() + checkpoints.remaining();
    }

    /** @return true unless a ticker or checkpoint differed from the book. */
    boolean passed()
    {
        return tickerCheck.mismatches() == 0 && checkpointCheck.mismatched() == 0;
    }

    /** @return the first mismatch, or null. */
    String firstMismatch()
    {
        if (tickerCheck.firstMismatch() != null)
        {
            return "bookTicker: " + tickerCheck.firstMismatch();
        }
        return checkpointCheck.firstMismatch();
    }

    @Override
    public void close() throws IOException
    {
        if (tickerFeed != null)
        {
            tickerFeed.close();
        }
    }
}
