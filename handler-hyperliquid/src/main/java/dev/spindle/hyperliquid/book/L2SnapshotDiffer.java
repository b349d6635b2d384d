package dev.spindle.hyperliquid.book;

import java.util.concurrent.TimeUnit;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.codec.BookLevels;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/**
 * Keeps one coin's {@link L2Book} equal to Hyperliquid's latest l2Book snapshot and turns the stream of
 * snapshots into level diffs, so that downstream sees changes as from a diff-based venue (protocol notes C3).
 * Pure and single-threaded: feed it every decoded snapshot of its coin, in arrival order, on the engine thread;
 * it never blocks, never does I/O and allocates nothing in steady state.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>The first snapshot is loaded as the book, with no diff ({@link SnapshotListener#onSnapshotLoaded}); the
 * book goes {@link BookState#SYNCING} → {@link BookState#LIVE}.</li>
 * <li>While live, a snapshot whose {@code time} is not greater than the last accepted one is ignored and counted
 * ({@link SnapshotCounters#timeNotIncreasing()}); this is what happens to the duplicate first snapshot the venue
 * sends after a subscribe (same time).</li>
 * <li>Otherwise the snapshot is compared with the previous one level by level (a merge of two sorted sides): a
 * snapshot identical in every price, size and order count is counted ({@link SnapshotCounters#identical()}) and
 * produces no diff; any difference produces one {@link SnapshotDiff}, applied to the book before
 * {@link SnapshotListener#onDiff} is called.</li>
 * <li>Levels that only move in or out of the view are told apart from real changes: a price missing from the new
 * snapshot is {@link LevelChangeKind#BEYOND_HORIZON} when the new side is full (at least {@code horizonLevels}
 * levels) and the price lies beyond its worst level, else {@link LevelChangeKind#REMOVED}; symmetrically a new
 * price beyond the worst level of a full previous side is {@link LevelChangeKind#ENTERED_HORIZON}, else
 * {@link LevelChangeKind#ADDED}.</li>
 * <li>Staleness: when no snapshot was accepted (loaded, diffed or identical) for {@code staleAfterNs},
 * {@link #checkStale(long)} marks the book {@link BookState#STALE}; the handler may also call
 * {@link #markStale()}. After a lost connection the handler calls {@link #markResyncing()}
 * ({@link BookState#RESYNCING}) until the re-subscription delivers a book. In both cases the next snapshot whose
 * time is not older than the last one is loaded afresh (no diff across the silence) and the book is live again.</li>
 * </ul>
 * The book holds exact price and size mantissas; its update id is the venue time (ms) of the snapshot it shows.
 * Order counts, which {@link L2Book} does not hold, are read through {@link #orderCount(Side, int)}.
 *
 * <h2>Ownership</h2>
 * The differ owns its book's contents, update id and state; others read the book on the engine thread only.
 */
public final class L2SnapshotDiffer
{
    /** Levels per side Hyperliquid shows. */
    public static final int DEFAULT_HORIZON_LEVELS = 20;
    /** Default staleness limit: pushes come every 0.5–0.7 s, the longest gap seen in an hour was 2.8 s. */
    public static final long DEFAULT_STALE_AFTER_NS = TimeUnit.SECONDS.toNanos(10);

    private final int coinIndex;
    private final L2Book book;
    private final SnapshotListener listener;
    private final int horizonLevels;
    private final long staleAfterNs;
    private final BookLevels bids;
    private final BookLevels asks;
    private final SnapshotDiff diff;
    private final SnapshotCounters counters = new SnapshotCounters();
    private BookState state = BookState.SYNCING;
    private long lastTimeMs;
    private long lastAcceptedNs;

    /** A differ with a 20-level horizon and a 10 s staleness limit. */
    public L2SnapshotDiffer(final int coinIndex, final L2Book book, final SnapshotListener listener)
    {
        this(coinIndex, book, listener, DEFAULT_HORIZON_LEVELS, DEFAULT_STALE_AFTER_NS);
    }

    /**
     * @param coinIndex     the coin's index in the decoders' coin table; snapshots must carry it.
     * @param book          the book to maintain; preallocate at least {@code 2 * horizonLevels} levels per side.
     * @param listener      receives state changes, loads and diffs.
     * @param horizonLevels levels per side the venue shows (a side with that many levels is full).
     * @param staleAfterNs  silence after which {@link #checkStale(long)} marks the book stale.
     */
    public L2SnapshotDiffer(
        final int coinIndex,
        final L2Book book,
        final SnapshotListener listener,
        final int horizonLevels,
        final long staleAfterNs)
    {
        if (horizonLevels < 1 || staleAfterNs <= 0)
        {
            throw new IllegalArgumentException("horizonLevels and staleAfterNs must be positive: " + horizonLevels +
                ", " + staleAfterNs);
        }
        this.coinIndex = coinIndex;
        this.book = book;
        this.listener = listener;
        this.horizonLevels = horizonLevels;
        this.staleAfterNs = staleAfterNs;
        this.bids = new BookLevels(horizonLevels);
        this.asks = new BookLevels(horizonLevels);
        this.diff = new SnapshotDiff(2 * horizonLevels);
        book.state(state);
    }

    /**
     * Take the next snapshot of this coin.
     *
     * @param snapshot the decoded snapshot; read during the call only.
     * @param nowNs    the engine's clock (monotonic ns), for staleness.
     * @return true if the book changed (loaded or diffed); false if the snapshot was identical or ignored.
     * @throws IllegalArgumentException if the snapshot is for another coin (a routing bug).
     */
    public boolean onSnapshot(final L2Snapshot snapshot, final long nowNs)
    {
        if (snapshot.coinIndex() != coinIndex)
        {
            throw new IllegalArgumentException("snapshot of coin #" + snapshot.coinIndex() +
                " given to the differ of " + book.instrument().symbol() + " (#" + coinIndex + ")");
        }
        counters.received++;
        final long timeMs = snapshot.time();
        switch (state)
        {
            case SYNCING:
                load(snapshot, nowNs);
                return true;
            case STALE:
            case RESYNCING:
                if (timeMs < lastTimeMs)
                {
                    ignore(timeMs);
                    return false;
                }
                load(snapshot, nowNs);
                return true;
            case LIVE:
                if (timeMs <= lastTimeMs)
                {
                    ignore(timeMs);
                    return false;
                }
                return compare(snapshot, nowNs);
            default:
                return false;
        }
    }

    /**
     * Mark the book stale if no snapshot was accepted for the staleness limit. Call it from the poll loop.
     *
     * @param nowNs the engine's clock (monotonic ns), the same clock as given to {@link #onSnapshot}.
     * @return true if this call marked the book stale.
     */
    public boolean checkStale(final long nowNs)
    {
        if (state == BookState.LIVE && nowNs - (lastAcceptedNs + staleAfterNs) > 0)
        {
            markStale();
            return true;
        }
        return false;
    }

    /**
     * Mark the book {@link BookState#STALE} now (the feed went silent or the connection dropped): the next
     * snapshot is loaded afresh instead of diffed. Does nothing if already stale or closed.
     */
    public void markStale()
    {
        if (state == BookState.SYNCING || state == BookState.LIVE)
        {
            counters.staleMarks++;
            changeState(BookState.STALE, SnapshotReason.STALE);
        }
    }

    /**
     * Mark the book {@link BookState#RESYNCING} now: the connection was lost and the next snapshot (from the
     * re-subscription) is loaded afresh instead of diffed. The levels stay for display. Does nothing if already
     * syncing, resyncing or closed.
     */
    public void markResyncing()
    {
        if (state == BookState.LIVE || state == BookState.STALE)
        {
            changeState(BookState.RESYNCING, SnapshotReason.DISCONNECTED);
        }
    }

    /**
     * Forget the book and wait for a first snapshot again ({@link BookState#SYNCING}), accepting any time: for a
     * re-subscription whose snapshots are not comparable (e.g. another aggregation). Does nothing once closed.
     */
    public void reset()
    {
        if (state != BookState.CLOSED)
        {
            book.clear();
            bids.clear();
            asks.clear();
            lastTimeMs = 0;
            changeState(BookState.SYNCING, SnapshotReason.RESET);
        }
    }

    /** Stop: the book becomes {@link BookState#CLOSED} and later snapshots are ignored. Idempotent. */
    public void close()
    {
        if (state != BookState.CLOSED)
        {
            changeState(BookState.CLOSED, SnapshotReason.CLOSED);
        }
    }

    /** @return the book's state. */
    public BookState state()
    {
        return state;
    }

    /** @return the maintained book: exactly the last accepted snapshot. */
    public L2Book book()
    {
        return book;
    }

    /** @return the coin's index in the decoders' coin table. */
    public int coinIndex()
    {
        return coinIndex;
    }

    /** @return venue time of the last accepted snapshot, epoch ms; 0 before the first. */
    public long lastTimeMs()
    {
        return lastTimeMs;
    }

    /**
     * @param side  side to read.
     * @param level 0 for the best level, up to {@code book().depth(side) - 1}.
     * @return the order count {@code n} of that level, as the last snapshot showed it (0 if it was not sent).
     */
    public int orderCount(final Side side, final int level)
    {
        return (side == Side.BID ? bids : asks).orders(level);
    }

    /** @return the order count {@code n} at {@code price}, 0 if the book shows no such level. */
    public int orderCountOf(final Side side, final long price)
    {
        final BookLevels levels = side == Side.BID ? bids : asks;
        final int index = levels.indexOf(price);
        return index < 0 ? 0 : levels.orders(index);
    }

    /** @return levels per side the venue shows. */
    public int horizonLevels()
    {
        return horizonLevels;
    }

    /** @return running totals. */
    public SnapshotCounters counters()
    {
        return counters;
    }

    @Override
    public String toString()
    {
        return "L2SnapshotDiffer[" + book.instrument().symbol() + " " + state + " time=" + lastTimeMs + " " +
            counters + "]";
    }

    private void ignore(final long timeMs)
    {
        counters.timeNotIncreasing++;
        listener.onTimeNotIncreasing(lastTimeMs, timeMs);
    }

    private void load(final L2Snapshot snapshot, final long nowNs)
    {
        book.clear();
        loadSide(snapshot.bids(), Side.BID);
        loadSide(snapshot.asks(), Side.ASK);
        bids.copyFrom(snapshot.bids());
        asks.copyFrom(snapshot.asks());
        accept(snapshot.time(), nowNs);
        counters.loaded++;
        listener.onSnapshotLoaded(snapshot, book);
        changeState(BookState.LIVE, SnapshotReason.SNAPSHOT_LOADED);
    }

    private void loadSide(final BookLevels levels, final Side side)
    {
        // Best first on the wire; inserting worst first appends at the array end (the book's best end).
        for (int i = levels.count() - 1; i >= 0; i--)
        {
            book.set(side, levels.price(i), levels.size(i));
        }
    }

    private boolean compare(final L2Snapshot snapshot, final long nowNs)
    {
        final SnapshotDiff d = diff;
        d.clear();
        d.coinIndex = coinIndex;
        d.previousTimeMs = lastTimeMs;
        d.timeMs = snapshot.time();
        diffSide(true, bids, snapshot.bids(), d.bids());
        diffSide(false, asks, snapshot.asks(), d.asks());
        accept(snapshot.time(), nowNs);
        if (d.count() == 0)
        {
            counters.identical++;
            listener.onIdentical(d.previousTimeMs, d.timeMs);
            return false;
        }
        d.applyTo(book);
        bids.copyFrom(snapshot.bids());
        asks.copyFrom(snapshot.asks());
        counters.diffs++;
        listener.onDiff(d, book);
        return true;
    }

    private void accept(final long timeMs, final long nowNs)
    {
        lastTimeMs = timeMs;
        lastAcceptedNs = nowNs;
        book.lastUpdateId(timeMs);
    }

    /** Merge two best-first sides into changes, best first. */
    private void diffSide(final boolean bid, final BookLevels before, final BookLevels after, final LevelChanges out)
    {
        final int beforeCount = before.count();
        final int afterCount = after.count();
        final boolean beforeFull = beforeCount >= horizonLevels;
        final boolean afterFull = afterCount >= horizonLevels;
        final long beforeWorst = beforeCount > 0 ? before.price(beforeCount - 1) : 0;
        final long afterWorst = afterCount > 0 ? after.price(afterCount - 1) : 0;
        int i = 0;
        int j = 0;
        while (i < beforeCount || j < afterCount)
        {
            final long priceBefore = i < beforeCount ? before.price(i) : 0;
            final long priceAfter = j < afterCount ? after.price(j) : 0;
            if (j == afterCount || (i < beforeCount && better(bid, priceBefore, priceAfter)))
            {
                final boolean beyond = afterFull && better(bid, afterWorst, priceBefore);
                out.add(priceBefore, beyond ? LevelChangeKind.BEYOND_HORIZON : LevelChangeKind.REMOVED,
                    before.size(i), 0, before.orders(i), 0);
                if (beyond)
                {
                    counters.beyondHorizon++;
                }
                else
                {
                    counters.removed++;
                }
                i++;
            }
            else if (i == beforeCount || better(bid, priceAfter, priceBefore))
            {
                final boolean entered = beforeFull && better(bid, beforeWorst, priceAfter);
                out.add(priceAfter, entered ? LevelChangeKind.ENTERED_HORIZON : LevelChangeKind.ADDED,
                    0, after.size(j), 0, after.orders(j));
                if (entered)
                {
                    counters.enteredHorizon++;
                }
                else
                {
                    counters.added++;
                }
                j++;
            }
            else
            {
                final long sizeBefore = before.size(i);
                final long sizeAfter = after.size(j);
                final int ordersBefore = before.orders(i);
                final int ordersAfter = after.orders(j);
                if (sizeBefore != sizeAfter || ordersBefore != ordersAfter)
                {
                    out.add(priceAfter, LevelChangeKind.CHANGED, sizeBefore, sizeAfter, ordersBefore, ordersAfter);
                    counters.changed++;
                }
                i++;
                j++;
            }
        }
    }

    /** @return true if {@code a} is a better price than {@code b} on the side. */
    private static boolean better(final boolean bid, final long a, final long b)
    {
        return bid ? a > b : a < b;
    }

    private void changeState(final BookState to, final SnapshotReason reason)
    {
        final BookState from = state;
        if (from != to)
        {
            state = to;
            book.state(to);
            listener.onStateChange(from, to, reason);
        }
    }
}
