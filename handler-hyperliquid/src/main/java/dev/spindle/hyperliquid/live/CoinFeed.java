package dev.spindle.hyperliquid.live;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.feed.InstrumentFeed;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotCounters;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.book.SnapshotReason;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/**
 * Everything the engine keeps for one coin: its book and {@link L2SnapshotDiffer}, its counters and
 * receive-to-applied latency, its published top of book, and the adapter from differ events to log events (the
 * same codes and wording as the Binance handler). Engine thread only, except the recorder and top-of-book
 * readers noted below.
 * <p>
 * Counters of {@code hyperliquid:<COIN>}: {@code diffs_applied} (snapshots that changed the book: loads and
 * derived diffs), {@code snapshots} (loads: first book, and the first after a reconnect or staleness),
 * {@code identical_snapshots}, {@code diffs_ignored} (time did not increase), {@code stale}, {@code trades}
 * (first seen), {@code duplicate_trades} (the replay on subscribe).
 */
final class CoinFeed extends InstrumentFeed implements SnapshotListener
{
    final L2SnapshotDiffer differ;
    private final EventProducer log;

    CoinFeed(
        final int index,
        final String source,
        final Instrument instrument,
        final int bookLevels,
        final long staleNs,
        final Counters counters,
        final EventProducer log)
    {
        super(index, source, instrument, bookLevels, counters);
        this.log = log;
        differ = new L2SnapshotDiffer(index, book, this, L2SnapshotDiffer.DEFAULT_HORIZON_LEVELS, staleNs);
    }

    /** @return true if the book changed (loaded or diffed). */
    boolean onSnapshot(final L2Snapshot snapshot, final long nowNs)
    {
        dirty = true;
        return differ.onSnapshot(snapshot, nowNs);
    }

    /** @param duplicate true for a trade seen before (the replay on subscribe). */
    void onTrade(final boolean duplicate)
    {
        counters.increment(duplicate ? Counter.DUPLICATE_TRADES : Counter.TRADES);
    }

    /** The connection went silent: the book can no longer be trusted. */
    void markStale()
    {
        differ.markStale();
        dirty = true;
    }

    /** The connection was lost: the book waits for the re-subscription's first snapshot. */
    void markResyncing()
    {
        differ.markResyncing();
        dirty = true;
    }

    /** Engine thread: the coin itself went silent for the staleness limit while the connection did not. */
    void checkStale(final long nowNs)
    {
        if (differ.checkStale(nowNs))
        {
            dirty = true;
        }
    }

    /** Engine thread: copy totals to the counters and publish the top of book. */
    void publish()
    {
        final SnapshotCounters totals = differ.counters();
        final long applied = totals.loaded() + totals.diffs();
        counters.set(Counter.DIFFS_APPLIED, applied);
        counters.set(Counter.SNAPSHOTS, totals.loaded());
        counters.set(Counter.IDENTICAL_SNAPSHOTS, totals.identical());
        counters.set(Counter.DIFFS_IGNORED, totals.timeNotIncreasing());
        top.publish(book, applied);
        dirty = false;
    }

    @Override
    public void onStateChange(final BookState from, final BookState to, final SnapshotReason reason)
    {
        log.claim(source, EventCode.STATE_CHANGE)
            .append(from.name()).append(" -> ").append(to.name()).append(" (").append(reason.name()).append(')')
            .commit();
        if (to == BookState.STALE)
        {
            counters.increment(Counter.STALE);
            log.claim(source, EventCode.STALE).arg("time", differ.lastTimeMs()).commit();
        }
        else if (to == BookState.RESYNCING)
        {
            counters.increment(Counter.RESYNCS);
            log.claim(source, EventCode.RESYNC).append(reason.name()).arg("time", differ.lastTimeMs()).commit();
        }
    }

    /**
     * A repeated or late l2Book (the venue repeats its first book after a subscribe; a fault repeats or swaps one):
     * it was ignored, the book keeps the newer one; one info line each, so it shows next to {@code diffs_ignored}.
     */
    @Override
    public void onTimeNotIncreasing(final long lastTimeMs, final long timeMs)
    {
        log.claim(source, EventCode.INFO).append("ignored l2Book time ").append(timeMs).append(", not after ")
            .append(lastTimeMs).append(" (repeated or late)").commit();
    }

    @Override
    public void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
    {
        log.claim(source, EventCode.SYNCHRONIZED).arg("time", snapshot.time())
            .arg("bids", snapshot.bids().count()).arg("asks", snapshot.asks().count()).commit();
    }
}
