package dev.spindle.binance.live;

import dev.spindle.binance.codec.BookTicker;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.Trade;
import dev.spindle.binance.sync.DepthSync;
import dev.spindle.binance.sync.SyncListener;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.binance.sync.SyncReason;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.feed.InstrumentFeed;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;

/**
 * Everything the engine keeps for one symbol: its book and {@link DepthSync}, the online bookTicker check, trade
 * continuity, its counters and receive-to-applied latency, and the adapter from sync events to log events and
 * capture ledger entries. Engine thread only, except the recorder and top-of-book readers noted below.
 */
final class SymbolFeed extends InstrumentFeed implements SyncListener
{
    final DepthSync sync;
    private final BookTickerCheck check;
    private final EventProducer log;
    private final FrameTap.Producer ledger;
    private long eventEpochNs;
    private long lastTradeId = -1;
    private long reportedMismatches;
    private long resyncFromId = -1;
    boolean snapshotInFlight;

    SymbolFeed(
        final int index,
        final String source,
        final Instrument instrument,
        final int bookLevels,
        final boolean verifyWithTicker,
        final Counters counters,
        final EventProducer log,
        final FrameTap.Producer ledger)
    {
        super(index, source, instrument, bookLevels, counters);
        this.log = log;
        this.ledger = ledger;
        sync = new DepthSync(SyncMode.SPOT, index, book, this);
        check = verifyWithTicker ? new BookTickerCheck() : null;
    }

    /** @return true if the diff was applied to the book (not buffered, ignored or breaking the chain). */
    boolean onDiff(final DepthUpdate diff, final long recvEpochNs)
    {
        eventEpochNs = recvEpochNs;
        final long before = sync.counters().applied();
        sync.onDiff(diff);
        dirty = true;
        return sync.counters().applied() != before;
    }

    void onSnapshot(final SnapshotResponse response)
    {
        snapshotInFlight = false;
        if (!response.ok)
        {
            counters.increment(Counter.SNAPSHOT_FAILURES);
            return;
        }
        eventEpochNs = response.recvEpochNs;
        sync.onSnapshot(response.snapshot);
        dirty = true;
    }

    void onBookTicker(final BookTicker ticker)
    {
        if (null != check)
        {
            check.onBookTicker(ticker);
            reportMismatches();
        }
    }

    void onTrade(final Trade trade)
    {
        counters.increment(Counter.TRADES);
        final long id = trade.t();
        if (lastTradeId >= 0 && id != lastTradeId + 1)
        {
            log.claim(source, EventCode.WARNING).append("trade ids jumped")
                .arg("expected", lastTradeId + 1).arg("got", id).commit();
        }
        lastTradeId = id;
    }

    /** The connection went silent: the book can no longer be trusted. */
    void markStale(final long epochNs)
    {
        eventEpochNs = epochNs;
        sync.markStale();
        dirty = true;
    }

    /** @return true if a snapshot should be requested now. */
    boolean wantsSnapshot()
    {
        return sync.needsSnapshot() && !snapshotInFlight;
    }

    /** Engine thread: copy totals to the counters and publish the top of book. */
    void publish()
    {
        counters.set(Counter.DIFFS_APPLIED, sync.counters().applied());
        counters.set(Counter.DIFFS_IGNORED, sync.counters().ignoredOld() + sync.counters().outOfOrder());
        counters.set(Counter.SNAPSHOTS_TOO_OLD, sync.counters().snapshotsTooOld());
        top.publish(book, sync.counters().applied());
        dirty = false;
    }

    /** End of stream: judge what the bookTicker check still holds. */
    void finish()
    {
        if (null != check)
        {
            check.finish();
            reportMismatches();
        }
    }

    /** @return the bookTicker check, or null when tickers are not subscribed. */
    BookTickerCheck check()
    {
        return check;
    }

    @Override
    public void onStateChange(final BookState from, final BookState to, final SyncReason reason)
    {
        log.claim(source, EventCode.STATE_CHANGE)
            .append(from.name()).append(" -> ").append(to.name()).append(" (").append(reason.name()).append(')')
            .commit();
        if (to == BookState.STALE)
        {
            counters.increment(Counter.STALE);
            log.claim(source, EventCode.STALE).arg("u", book.lastUpdateId()).commit();
        }
    }

    @Override
    public void onSnapshotRequested(final long requestCount, final SyncReason reason)
    {
        log.claim(source, EventCode.SNAPSHOT_REQUESTED).append(reason.name()).arg("request", requestCount).commit();
    }

    @Override
    public void onSnapshotApplied(final long lastUpdateId, final int bidLevels, final int askLevels)
    {
        counters.increment(Counter.SNAPSHOTS);
        log.claim(source, EventCode.SNAPSHOT_APPLIED)
            .arg("lastUpdateId", lastUpdateId).arg("bids", bidLevels).arg("asks", askLevels).commit();
        if (resyncFromId >= 0)
        {
            ledger.ledger(index, FrameTap.LedgerEvent.RESYNC, resyncFromId, lastUpdateId, eventEpochNs,
                "book rebuilt from snapshot");
            resyncFromId = -1;
        }
    }

    @Override
    public void onSnapshotRejected(final long lastUpdateId, final long firstBufferedU)
    {
        log.claim(source, EventCode.WARNING).append("snapshot too old, fetching another")
            .arg("lastUpdateId", lastUpdateId).arg("U", firstBufferedU).commit();
    }

    @Override
    public void onSynced(final long snapshotId, final long firstU, final long firstu)
    {
        log.claim(source, EventCode.SYNCHRONIZED)
            .arg("snapshot", snapshotId).arg("U", firstU).arg("u", firstu).commit();
    }

    @Override
    public void onGap(final long expected, final long got)
    {
        counters.increment(Counter.GAPS);
        log.claim(source, EventCode.GAP).arg("expected", expected).arg("got", got).commit();
        ledger.ledger(index, FrameTap.LedgerEvent.GAP, expected, got - 1, eventEpochNs, "depth chain gap");
    }

    @Override
    public void onResync(final SyncReason reason, final long bookUpdateId, final int bufferedDiffs)
    {
        counters.increment(Counter.RESYNCS);
        resyncFromId = bookUpdateId + 1;
        log.claim(source, EventCode.RESYNC).append(reason.name())
            .arg("u", bookUpdateId).arg("buffered", bufferedDiffs).commit();
    }

    @Override
    public void onDiffApplied(final DepthUpdate diff, final L2Book book)
    {
        if (null != check)
        {
            check.onDepthApplied(book);
            reportMismatches();
        }
    }

    private void reportMismatches()
    {
        final long mismatches = check.mismatches();
        if (mismatches != reportedMismatches)
        {
            counters.add(Counter.BOOK_MISMATCHES, mismatches - reportedMismatches);
            reportedMismatches = mismatches;
            log.claim(source, EventCode.BOOK_MISMATCH)
                .append(mismatches == 1 ? check.firstMismatch() : "bookTicker disagrees with the book")
                .arg("mismatches", mismatches).arg("checkpoints", check.checkpoints()).commit();
        }
    }
}
