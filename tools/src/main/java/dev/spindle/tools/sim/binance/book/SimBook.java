package dev.spindle.tools.sim.binance.book;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's own order book for one symbol: the oracle end-to-end tests compare the kit's book against.
 * <p>
 * Deliberately naive and independent of the kit's fixed-point book: a {@link TreeMap} per side keyed by
 * {@link BigDecimal} price, holding the exact strings the venue sent. A quantity that compares equal to zero
 * removes the level; removing an absent level is a no-op (as on Binance).
 * <p>
 * It keeps an undo log of the last {@code historyEvents} events so {@link #viewAt(long)} can rebuild the book
 * as it was after any recent event; a test can then compare a client book frozen at update id {@code k}
 * with the simulator's book at the same {@code k} while the stream keeps moving.
 * <p>
 * Thread safe: every method is synchronized (the sender thread applies, REST and test threads read).
 */
public final class SimBook
{
    private final String symbol;
    private final int historyEvents;
    private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
    private final ArrayDeque<Undo> history = new ArrayDeque<>();
    private long lastUpdateId;

    /**
     * @param symbol        upper-case symbol.
     * @param historyEvents how many applied events {@link #viewAt(long)} can go back; 0 disables history.
     */
    public SimBook(final String symbol, final int historyEvents)
    {
        this.symbol = symbol;
        this.historyEvents = historyEvents;
    }

    /** @return the upper-case symbol. */
    public String symbol()
    {
        return symbol;
    }

    /**
     * Replace the whole book by a snapshot and forget the history.
     *
     * @param snapshotUpdateId the snapshot's {@code lastUpdateId}.
     * @param bidLevels        bid levels, any order; zero quantities are ignored.
     * @param askLevels        ask levels, any order; zero quantities are ignored.
     */
    public synchronized void reset(final long snapshotUpdateId, final List<Level> bidLevels, final List<Level> askLevels)
    {
        bids.clear();
        asks.clear();
        history.clear();
        setAll(bids, bidLevels, null);
        setAll(asks, askLevels, null);
        lastUpdateId = snapshotUpdateId;
    }

    /**
     * Apply one depth event ({@code U..u}) and make {@code lastId} the book's update id.
     *
     * @param lastId    the event's final update id {@code u}.
     * @param bidLevels the event's {@code b} levels in wire order.
     * @param askLevels the event's {@code a} levels in wire order.
     */
    public synchronized void apply(final long lastId, final List<Level> bidLevels, final List<Level> askLevels)
    {
        final Undo undo = historyEvents > 0 ? new Undo(lastUpdateId) : null;
        setAll(bids, bidLevels, undo == null ? null : undo.bids);
        setAll(asks, askLevels, undo == null ? null : undo.asks);
        lastUpdateId = lastId;
        if (undo != null)
        {
            history.addLast(undo);
            if (history.size() > historyEvents)
            {
                history.removeFirst();
            }
        }
    }

    /**
     * Publish one depth event and apply it as one step for readers: nobody reading this book can see the event
     * published (e.g. queued on the sockets) but not yet applied, so a client's update id is never ahead of
     * {@link #viewAt(long)} or of a REST snapshot.
     *
     * @param publish   runs first, under this book's lock; must not block.
     * @param lastId    the event's final update id {@code u}.
     * @param bidLevels the event's {@code b} levels in wire order.
     * @param askLevels the event's {@code a} levels in wire order.
     */
    public synchronized void publishAndApply(
        final Runnable publish, final long lastId, final List<Level> bidLevels, final List<Level> askLevels)
    {
        publish.run();
        apply(lastId, bidLevels, askLevels);
    }

    /** @return {@code u} of the last applied event, or the snapshot id. */
    public synchronized long lastUpdateId()
    {
        return lastUpdateId;
    }

    /**
     * @param maxLevels levels per side to copy.
     * @return a copy of the current book, best {@code maxLevels} per side.
     */
    public synchronized BookView view(final int maxLevels)
    {
        return new BookView(symbol, lastUpdateId, copy(bids, maxLevels), copy(asks, maxLevels));
    }

    /**
     * Rebuild the book as it was right after the event whose {@code u == updateId} (or at the snapshot).
     *
     * @param updateId an update id the book passed through: the snapshot id or the {@code u} of a recent event.
     * @return the full book at that id.
     * @throws IllegalArgumentException if {@code updateId} is not an event boundary within the kept history.
     */
    public synchronized BookView viewAt(final long updateId)
    {
        if (updateId == lastUpdateId)
        {
            return view(Integer.MAX_VALUE);
        }
        final TreeMap<BigDecimal, Level> oldBids = new TreeMap<>(bids);
        final TreeMap<BigDecimal, Level> oldAsks = new TreeMap<>(asks);
        final Iterator<Undo> newestFirst = history.descendingIterator();
        while (newestFirst.hasNext())
        {
            final Undo undo = newestFirst.next();
            undo.revert(oldBids, oldAsks);
            if (undo.previousUpdateId == updateId)
            {
                return new BookView(symbol, updateId, copy(oldBids, Integer.MAX_VALUE), copy(oldAsks, Integer.MAX_VALUE));
            }
        }
        final String kept = history.isEmpty() ? "none" :
            history.peekFirst().previousUpdateId + ".." + lastUpdateId;
        throw new IllegalArgumentException(symbol + ": update id " + updateId +
            " is not an event boundary in the kept history (" + kept + ")");
    }

    /**
     * The book as it was {@code events} depth events ago (or as far back as the history goes), as a lagging cache
     * would serve it.
     *
     * @param events    events back, &gt; 0.
     * @param maxLevels levels per side to copy.
     * @return the older book, best {@code maxLevels} per side.
     */
    public synchronized BookView viewBack(final int events, final int maxLevels)
    {
        long updateId = lastUpdateId;
        int back = 0;
        final Iterator<Undo> newestFirst = history.descendingIterator();
        while (back < events && newestFirst.hasNext())
        {
            updateId = newestFirst.next().previousUpdateId;
            back++;
        }
        return viewAt(updateId).top(maxLevels);
    }

    private static void setAll(
        final TreeMap<BigDecimal, Level> side, final List<Level> levels, final List<Previous> undoLog)
    {
        for (int i = 0; i < levels.size(); i++)
        {
            final Level level = levels.get(i);
            final BigDecimal price = new BigDecimal(level.price());
            final Level previous = new BigDecimal(level.qty()).signum() == 0 ? side.remove(price) : side.put(price, level);
            if (undoLog != null)
            {
                undoLog.add(new Previous(price, previous));
            }
        }
    }

    private static List<Level> copy(final TreeMap<BigDecimal, Level> side, final int maxLevels)
    {
        final List<Level> out = new ArrayList<>(Math.min(side.size(), maxLevels));
        for (final Map.Entry<BigDecimal, Level> entry : side.entrySet())
        {
            if (out.size() == maxLevels)
            {
                break;
            }
            out.add(entry.getValue());
        }
        return List.copyOf(out);
    }

    /** What one event changed, so it can be taken back. */
    private static final class Undo
    {
        final long previousUpdateId;
        final List<Previous> bids = new ArrayList<>(4);
        final List<Previous> asks = new ArrayList<>(4);

        Undo(final long previousUpdateId)
        {
            this.previousUpdateId = previousUpdateId;
        }

        void revert(final TreeMap<BigDecimal, Level> bidSide, final TreeMap<BigDecimal, Level> askSide)
        {
            revert(bidSide, bids);
            revert(askSide, asks);
        }

        private static void revert(final TreeMap<BigDecimal, Level> side, final List<Previous> log)
        {
            for (int i = log.size() - 1; i >= 0; i--)
            {
                final Previous previous = log.get(i);
                if (previous.level == null)
                {
                    side.remove(previous.price);
                }
                else
                {
                    side.put(previous.price, previous.level);
                }
            }
        }
    }

    /** A level's state before an event touched it; {@code level == null} when it was absent. */
    private record Previous(BigDecimal price, Level level)
    {
    }
}
