package dev.spindle.binance.sync;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.book.Side;

/**
 * Keeps one symbol's {@link L2Book} in sequence with Binance's diff-depth stream (protocol notes A4, A7, B).
 * Pure and single-threaded: feed it every decoded diff ({@link #onDiff}) and every snapshot ({@link #onSnapshot})
 * in arrival order on the engine thread; it never blocks, never does I/O and allocates nothing in steady state.
 *
 * <h2>Protocol</h2>
 * <ol>
 * <li>Diffs are buffered (copied into preallocated slots) until a snapshot arrives. The first buffered diff raises a
 * snapshot request: {@link #needsSnapshot()} turns true, {@link SyncCounters#snapshotRequests()} counts up and
 * the listener hears {@link SyncListener#onSnapshotRequested}. The handler fetches the snapshot off the engine
 * thread.</li>
 * <li>On a snapshot, buffered diffs it already covers are dropped (spot {@code u <= lastUpdateId}, futures
 * {@code u < lastUpdateId}). If the first remaining diff cannot bridge the snapshot, the snapshot is too old
 * (spot: {@code lastUpdateId + 1 < U}, i.e. the documented "lastUpdateId &lt; U" check corrected by one, since
 * {@code U == lastUpdateId + 1} is the usual exact fit on real spot data; futures: {@code lastUpdateId < U} and
 * {@code pu != lastUpdateId}), unless a later buffered diff bridges it: in an ordered stream that cannot happen,
 * so the diffs before that one came out of order or carry impossible ids (a bogus far-future id); they are dropped
 * and counted ({@link SyncCounters#outOfOrder()}). With no bridge the snapshot is rejected, the book is untouched
 * and another one is requested.</li>
 * <li>Otherwise the book is loaded from the snapshot and the buffer replayed. The first applied diff must satisfy
 * spot {@code U <= lastUpdateId + 1 <= u}, futures {@code U <= lastUpdateId <= u} or {@code pu == lastUpdateId};
 * once applied the book is {@link BookState#LIVE}. If no buffered diff is newer than the snapshot, the book holds
 * the snapshot and the next diff is judged the same way (a failure then also means the snapshot was too old).</li>
 * <li>While live, a diff with {@code u <=} the book's id is old or a duplicate: ignored and counted. Spot: a diff
 * with {@code U <= id + 1} is applied (it is {@code U == previous u + 1} on an intact stream; an overlapping
 * diff is exact too, because levels are absolute); futures: {@code pu == id} is applied. Anything else is a gap:
 * the book goes {@link BookState#RESYNCING}, the diff that revealed the gap and every later one are buffered for
 * the next snapshot (nothing that arrived is lost), and a snapshot is requested.</li>
 * </ol>
 * A gap found while replaying the buffer is handled the same way: the offending diff and the rest stay buffered.
 * {@link #markStale()} (the handler's staleness timer) moves the book to {@link BookState#STALE} and restarts at
 * step 1. Snapshots that arrive while {@link BookState#LIVE} are ignored and counted.
 *
 * <h2>Ownership</h2>
 * The sync owns its book's contents, update id and state; others read the book on the engine thread only.
 */
public final class DepthSync
{
    /** Default slots preallocated for buffered diffs. */
    public static final int DEFAULT_BUFFER_SLOTS = 64;
    /** Default levels per side preallocated in each buffered slot. */
    public static final int DEFAULT_SLOT_LEVELS = 64;
    /** Default bound on buffered diffs; beyond it the oldest are dropped (and counted). */
    public static final int DEFAULT_MAX_BUFFERED = 1 << 16;

    private static final int APPLIED = 0;
    private static final int IGNORED = 1;
    private static final int BROKEN = 2;

    private enum Phase
    {
        AWAIT_SNAPSHOT, AWAIT_BRIDGE, LIVE, CLOSED
    }

    private final SyncMode mode;
    private final int symbolIndex;
    private final L2Book book;
    private final SyncListener listener;
    private final DiffRing buffer;
    private Phase phase = Phase.AWAIT_SNAPSHOT;
    private BookState state = BookState.SYNCING;
    private boolean snapshotRequested;
    private SyncReason breakReason = SyncReason.GAP;
    private final SyncCounters counters = new SyncCounters();

    /** A sync with the default buffer sizes. */
    public DepthSync(final SyncMode mode, final int symbolIndex, final L2Book book, final SyncListener listener)
    {
        this(mode, symbolIndex, book, listener, DEFAULT_BUFFER_SLOTS, DEFAULT_SLOT_LEVELS, DEFAULT_MAX_BUFFERED);
    }

    /**
     * @param mode         spot or futures linking rules.
     * @param symbolIndex  the symbol's index in the decoders' symbol table; diffs and snapshots must carry it.
     * @param book         the book to maintain; its instrument learns display decimals from the first snapshot.
     * @param listener     receives state changes, gaps, resyncs and applied diffs.
     * @param bufferSlots  diffs buffered before the buffer grows.
     * @param slotLevels   levels per side preallocated in each buffered slot.
     * @param maxBuffered  most diffs kept while waiting for a snapshot; the oldest are dropped beyond it.
     */
    public DepthSync(
        final SyncMode mode,
        final int symbolIndex,
        final L2Book book,
        final SyncListener listener,
        final int bufferSlots,
        final int slotLevels,
        final int maxBuffered)
    {
        this.mode = mode;
        this.symbolIndex = symbolIndex;
        this.book = book;
        this.listener = listener;
        this.buffer = new DiffRing(bufferSlots, slotLevels, maxBuffered);
        book.state(state);
    }

    /**
     * Take the next diff of this symbol, in arrival order.
     *
     * @throws IllegalArgumentException if the diff is for another symbol (a routing bug).
     */
    public void onDiff(final DepthUpdate diff)
    {
        checkSymbol(diff.symbolIndex(), "diff");
        switch (phase)
        {
            case AWAIT_SNAPSHOT:
                bufferDiff(diff);
                break;
            case AWAIT_BRIDGE:
            case LIVE:
                if (step(diff) == BROKEN)
                {
                    buffer.clear();
                    keep(diff);
                    broken();
                }
                break;
            default:
                break;
        }
    }

    /**
     * Take a REST snapshot of this symbol, at the moment it arrives.
     *
     * @return true if the book was loaded from it; false if it was too old (another is requested), or arrived while
     * the book is live or closed (ignored).
     * @throws IllegalArgumentException if the snapshot is for another symbol.
     */
    public boolean onSnapshot(final DepthSnapshot snapshot)
    {
        checkSymbol(snapshot.symbolIndex(), "snapshot");
        if (phase == Phase.LIVE || phase == Phase.CLOSED)
        {
            counters.snapshotsIgnored++;
            return false;
        }
        snapshotRequested = false;
        final long lastUpdateId = snapshot.lastUpdateId();
        while (!buffer.isEmpty() && mode.isOld(buffer.first(), lastUpdateId, true))
        {
            buffer.pop();
            counters.ignoredOld++;
        }
        if (!buffer.isEmpty() && !mode.links(buffer.first(), lastUpdateId, true))
        {
            final int bridge = laterBridge(lastUpdateId);
            if (bridge < 0)
            {
                rejectSnapshot(lastUpdateId, buffer.first().U());
                broken();
                return false;
            }
            // In an ordered stream no later diff can bridge when the first cannot: what lies before the bridge
            // came out of order or carries impossible ids. Dropping it keeps one bogus id from blocking every sync.
            for (int i = 0; i < bridge; i++)
            {
                buffer.pop();
                counters.outOfOrder++;
            }
        }
        load(snapshot);
        while (!buffer.isEmpty())
        {
            if (step(buffer.first()) == BROKEN)
            {
                // The diff that broke the chain and every later one stay buffered for the next snapshot.
                broken();
                return true;
            }
            buffer.pop();
        }
        return true;
    }

    /**
     * The feed has been silent too long (decided by the handler's timer): mark the book {@link BookState#STALE}
     * and resynchronise from the next diff. Does nothing if already stale or closed.
     */
    public void markStale()
    {
        if (phase == Phase.CLOSED || state == BookState.STALE)
        {
            return;
        }
        counters.resyncs++;
        phase = Phase.AWAIT_SNAPSHOT;
        buffer.clear();
        snapshotRequested = false;
        changeState(BookState.STALE, SyncReason.STALE);
        listener.onResync(SyncReason.STALE, book.lastUpdateId(), 0);
    }

    /** Stop: the book becomes {@link BookState#CLOSED} and later input is ignored. Idempotent. */
    public void close()
    {
        if (phase != Phase.CLOSED)
        {
            phase = Phase.CLOSED;
            buffer.clear();
            snapshotRequested = false;
            changeState(BookState.CLOSED, SyncReason.CLOSED);
        }
    }

    /**
     * @return true while a requested snapshot has not arrived yet; fetch one snapshot per increment of
     * {@link SyncCounters#snapshotRequests()}.
     */
    public boolean needsSnapshot()
    {
        return snapshotRequested;
    }

    /** @return the book's state. */
    public BookState state()
    {
        return state;
    }

    /** @return the maintained book. */
    public L2Book book()
    {
        return book;
    }

    /** @return the linking rules in use. */
    public SyncMode mode()
    {
        return mode;
    }

    /** @return the symbol's index in the decoders' symbol table. */
    public int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return diffs currently buffered. */
    public int bufferedDiffs()
    {
        return buffer.size();
    }

    /** @return running totals: applied, ignored, gaps, resyncs, snapshots, ... */
    public SyncCounters counters()
    {
        return counters;
    }

    /** @return removals of levels the book did not hold (normal: the snapshot is depth-limited). */
    public long unknownLevelRemovals()
    {
        return book.unknownRemovals();
    }

    @Override
    public String toString()
    {
        return "DepthSync[" + book.instrument().symbol() + " " + mode + " " + state + " id=" + book.lastUpdateId() +
            " buffered=" + buffer.size() + " " + counters + "]";
    }

    /**
     * Judge one diff against the book: apply it, ignore it, or declare the chain broken; the caller then buffers
     * what must be kept and calls {@link #broken()}.
     */
    private int step(final DepthUpdate diff)
    {
        final long id = book.lastUpdateId();
        final boolean bridging = phase == Phase.AWAIT_BRIDGE;
        if (mode.isOld(diff, id, bridging))
        {
            counters.ignoredOld++;
            return IGNORED;
        }
        if (mode.links(diff, id, bridging))
        {
            apply(diff);
            if (bridging)
            {
                phase = Phase.LIVE;
                counters.syncs++;
                if (diff.U() > id)
                {
                    counters.syncsAtBoundary++;
                }
                listener.onSynced(id, diff.U(), diff.u());
                changeState(BookState.LIVE, SyncReason.SYNCED);
            }
            return APPLIED;
        }
        if (bridging)
        {
            rejectSnapshot(id, diff.U());
        }
        else
        {
            counters.gaps++;
            counters.resyncs++;
            breakReason = SyncReason.GAP;
            listener.onGap(mode.expectedLink(id), mode.link(diff));
            phase = Phase.AWAIT_SNAPSHOT;
            changeState(BookState.RESYNCING, SyncReason.GAP);
        }
        return BROKEN;
    }

    /** @return the index of the first buffered diff after the first that bridges the snapshot, or -1. */
    private int laterBridge(final long lastUpdateId)
    {
        for (int i = 1, size = buffer.size(); i < size; i++)
        {
            final DepthUpdate diff = buffer.get(i);
            if (!mode.isOld(diff, lastUpdateId, true) && mode.links(diff, lastUpdateId, true))
            {
                return i;
            }
        }
        return -1;
    }

    private void apply(final DepthUpdate diff)
    {
        diff.b().applyTo(book, Side.BID);
        diff.a().applyTo(book, Side.ASK);
        book.lastUpdateId(diff.u());
        counters.applied++;
        listener.onDiffApplied(diff, book);
    }

    private void load(final DepthSnapshot snapshot)
    {
        book.clear();
        loadSide(snapshot.bids(), Side.BID);
        loadSide(snapshot.asks(), Side.ASK);
        book.lastUpdateId(snapshot.lastUpdateId());
        if (snapshot.bids().count() + snapshot.asks().count() > 0)
        {
            book.instrument().learnDecimals(snapshot.priceDecimals(), snapshot.qtyDecimals());
        }
        counters.snapshotsApplied++;
        phase = Phase.AWAIT_BRIDGE;
        listener.onSnapshotApplied(snapshot.lastUpdateId(), book.depth(Side.BID), book.depth(Side.ASK));
    }

    private void loadSide(final PriceLevels levels, final Side side)
    {
        // Snapshots list best first; inserting worst first appends at the array end (the book's best end).
        for (int i = levels.count() - 1; i >= 0; i--)
        {
            book.set(side, levels.price(i), levels.qty(i));
        }
    }

    private void rejectSnapshot(final long lastUpdateId, final long firstU)
    {
        counters.snapshotsTooOld++;
        breakReason = SyncReason.SNAPSHOT_TOO_OLD;
        phase = Phase.AWAIT_SNAPSHOT;
        listener.onSnapshotRejected(lastUpdateId, firstU);
    }

    /** After a break, once the diffs to keep are buffered: report a gap's resync and ask for a snapshot. */
    private void broken()
    {
        if (breakReason == SyncReason.GAP)
        {
            listener.onResync(SyncReason.GAP, book.lastUpdateId(), buffer.size());
        }
        requestSnapshot(breakReason);
    }

    private void bufferDiff(final DepthUpdate diff)
    {
        keep(diff);
        if (!snapshotRequested)
        {
            requestSnapshot(SyncReason.BUFFERING_STARTED);
        }
    }

    private void keep(final DepthUpdate diff)
    {
        if (buffer.add(diff))
        {
            counters.bufferOverflows++;
        }
    }

    private void requestSnapshot(final SyncReason reason)
    {
        snapshotRequested = true;
        counters.snapshotRequests++;
        listener.onSnapshotRequested(counters.snapshotRequests, reason);
    }

    private void changeState(final BookState to, final SyncReason reason)
    {
        final BookState from = state;
        if (from != to)
        {
            state = to;
            book.state(to);
            listener.onStateChange(from, to, reason);
        }
    }

    private void checkSymbol(final int index, final String what)
    {
        if (index != symbolIndex)
        {
            throw new IllegalArgumentException(what + " for symbol #" + index + " given to the sync of " +
                book.instrument().symbol() + " (#" + symbolIndex + ")");
        }
    }
}
