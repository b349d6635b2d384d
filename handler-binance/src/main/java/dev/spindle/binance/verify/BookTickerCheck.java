package dev.spindle.binance.verify;

import dev.spindle.binance.codec.BookTicker;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * Online proof that a rebuilt book is right, using the bookTicker stream (notes A7.3, data README): after each
 * applied depth diff {@code k}, the book's best bid and ask, prices and quantities, must equal those of the
 * <b>last bookTicker whose {@code u <= u_k}</b> (the book's update id). Tickers and diffs share one update-id space.
 *
 * <h2>How the rule is applied online</h2>
 * Arrival order across the two streams says nothing (the depth stream is batched and lags the real-time ticker
 * stream; a ticker at or before {@code u_k} may also arrive after diff {@code k}). So each applied diff records a
 * checkpoint ({@code u_k} and the book's top), and the checkpoint is judged only once the "last ticker with
 * {@code u <= u_k}" is certain, i.e. when a ticker with {@code u > u_k} has arrived (tickers of one symbol arrive in
 * {@code u} order). Recent tickers are kept in a bounded history to find it. At the end of a stream
 * {@link #finish()} judges what is left against the last ticker received.
 *
 * <h2>Misses allowed only where ticker ids jump</h2>
 * The spot ticker stream occasionally skips the update at which the top changed (2 of 6,493 BTCUSDT checkpoints in
 * the notes). A mismatch is therefore excused, and counted as {@link #tickerJumps()}, only when both hold: the
 * ticker found has {@code u < u_k} (the ticker stream jumped over ids up to {@code u_k}, so it may have missed the
 * change), and the next ticker ({@code u > u_k}) shows exactly the book's top (the book is confirmed as soon as the
 * ticker stream reports again). A ticker at exactly {@code u_k} must match, with no excuse. Everything else is a
 * {@link #mismatches() mismatch}. Checkpoints without any earlier ticker in the history are
 * {@link #unverifiable()}.
 * <p>
 * One instance per symbol, used on the engine thread; allocation-free (except to describe the first mismatch).
 */
public final class BookTickerCheck
{
    /** Default number of recent tickers kept. */
    public static final int DEFAULT_HISTORY = 4096;
    /** Default number of checkpoints awaiting judgement. */
    public static final int DEFAULT_PENDING = 4096;

    private final TopRing history;
    private final TopRing pending;
    private long checkpoints;
    private long matches;
    private long mismatches;
    private long tickerJumps;
    private long unverifiable;
    private long staleTickers;
    private String firstMismatch;

    /** A check with {@link #DEFAULT_HISTORY} and {@link #DEFAULT_PENDING}. */
    public BookTickerCheck()
    {
        this(DEFAULT_HISTORY, DEFAULT_PENDING);
    }

    /**
     * @param historyCapacity recent tickers kept; must span the lag of the depth stream behind the ticker stream.
     * @param pendingCapacity checkpoints kept while awaiting a later ticker; the oldest is judged unverifiable
     *                        beyond it.
     */
    public BookTickerCheck(final int historyCapacity, final int pendingCapacity)
    {
        history = new TopRing(historyCapacity);
        pending = new TopRing(pendingCapacity);
    }

    /** Record a ticker of this symbol, in arrival order, and judge the checkpoints it settles. */
    public void onBookTicker(final BookTicker ticker)
    {
        if (history.size() > 0 && ticker.u() <= history.u(history.size() - 1))
        {
            staleTickers++;
            return;
        }
        history.add(ticker.u(), ticker.b(), ticker.B(), ticker.a(), ticker.A());
        judgeSettled();
    }

    /** Record a checkpoint: call right after each diff is applied to {@code book}. */
    public void onDepthApplied(final L2Book book)
    {
        checkpoints++;
        if (pending.size() == pending.capacity())
        {
            pending.removeFirst();
            unverifiable++;
        }
        pending.add(
            book.lastUpdateId(),
            book.bestPrice(Side.BID),
            book.bestQty(Side.BID),
            book.bestPrice(Side.ASK),
            book.bestQty(Side.ASK));
        judgeSettled();
    }

    /** End of stream: judge the remaining checkpoints against the last ticker at or before each. */
    public void finish()
    {
        while (pending.size() > 0)
        {
            judge(history.lastAtOrBefore(pending.u(0)), -1);
            pending.removeFirst();
        }
    }

    /** @return checkpoints recorded (diffs applied). */
    public long checkpoints()
    {
        return checkpoints;
    }

    /** @return checkpoints whose top equals the last ticker at or before them. */
    public long matches()
    {
        return matches;
    }

    /** @return checkpoints whose top differs, with no ticker jump to excuse it. */
    public long mismatches()
    {
        return mismatches;
    }

    /** @return differing checkpoints excused because the ticker stream jumped over them (see class comment). */
    public long tickerJumps()
    {
        return tickerJumps;
    }

    /** @return checkpoints with no earlier ticker to compare with (start of stream, or evicted history). */
    public long unverifiable()
    {
        return unverifiable;
    }

    /** @return checkpoints still awaiting a later ticker. */
    public int pending()
    {
        return pending.size();
    }

    /** @return tickers ignored because their {@code u} did not increase. */
    public long staleTickers()
    {
        return staleTickers;
    }

    /** @return a description of the first mismatch, or null if none. */
    public String firstMismatch()
    {
        return firstMismatch;
    }

    @Override
    public String toString()
    {
        return "BookTickerCheck[checkpoints=" + checkpoints + " matches=" + matches + " mismatches=" + mismatches +
            " tickerJumps=" + tickerJumps + " unverifiable=" + unverifiable + " pending=" + pending.size() + "]";
    }

    private void judgeSettled()
    {
        while (pending.size() > 0 && history.size() > 0 && history.u(history.size() - 1) > pending.u(0))
        {
            final int at = history.lastAtOrBefore(pending.u(0));
            judge(at, at + 1);
            pending.removeFirst();
        }
    }

    /**
     * @param at   history index of the last ticker at or before the oldest checkpoint, -1 if none.
     * @param next history index of the first ticker after it, -1 if none yet.
     */
    private void judge(final int at, final int next)
    {
        if (at < 0)
        {
            unverifiable++;
            return;
        }
        if (sameTop(at))
        {
            matches++;
        }
        else if (next >= 0 && history.u(at) < pending.u(0) && sameTop(next))
        {
            tickerJumps++;
        }
        else
        {
            mismatches++;
            if (firstMismatch == null)
            {
                firstMismatch = "book at u=" + pending.u(0) + " top " + describe(pending, 0) + " != bookTicker u=" +
                    history.u(at) + " " + describe(history, at);
            }
        }
    }

    private boolean sameTop(final int tickerIndex)
    {
        return history.bid(tickerIndex) == pending.bid(0) && history.bidQty(tickerIndex) == pending.bidQty(0) &&
            history.ask(tickerIndex) == pending.ask(0) && history.askQty(tickerIndex) == pending.askQty(0);
    }

    private static String describe(final TopRing ring, final int i)
    {
        return ring.bidQty(i) + "@" + ring.bid(i) + " / " + ring.askQty(i) + "@" + ring.ask(i);
    }
}
