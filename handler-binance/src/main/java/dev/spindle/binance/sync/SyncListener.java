package dev.spindle.binance.sync;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.L2Book;

/**
 * What a {@link DepthSync} reports. Called on the engine thread, inside {@code onDiff}/{@code onSnapshot}: an
 * implementation must not block or allocate on {@link #onDiffApplied}, which runs for every applied diff; the
 * others are rare and may hand a log record to the logger. Every method has an empty default, so an adapter
 * overrides only what it needs. One listener per sync (it is not told which symbol it serves).
 */
public interface SyncListener
{
    /** A listener that ignores everything. */
    SyncListener NO_OP = new SyncListener()
    {
    };

    /** The book's state changed. */
    default void onStateChange(final BookState from, final BookState to, final SyncReason reason)
    {
    }

    /**
     * A snapshot is wanted: the handler should fetch one (off the engine thread) and pass it to
     * {@link DepthSync#onSnapshot}. Also visible as {@link SyncCounters#snapshotRequests()}.
     *
     * @param requestCount total requests so far, this one included.
     */
    default void onSnapshotRequested(final long requestCount, final SyncReason reason)
    {
    }

    /** A snapshot was loaded into the book; buffered diffs are replayed next. */
    default void onSnapshotApplied(final long lastUpdateId, final int bidLevels, final int askLevels)
    {
    }

    /**
     * A snapshot was too old to bridge to the buffered diffs (or to the first diff after it); another is requested.
     *
     * @param lastUpdateId   the snapshot's id.
     * @param firstBufferedU {@code U} of the first diff it should have reached.
     */
    default void onSnapshotRejected(final long lastUpdateId, final long firstBufferedU)
    {
    }

    /**
     * The first diff after a snapshot was applied; the book is {@link BookState#LIVE}.
     *
     * @param snapshotId the snapshot's {@code lastUpdateId}.
     * @param firstU     {@code U} of the bridging diff.
     * @param firstu     {@code u} of the bridging diff, now the book's id.
     */
    default void onSynced(final long snapshotId, final long firstU, final long firstu)
    {
    }

    /**
     * A diff did not link to the book. Spot: {@code expected} is the book's id + 1 and {@code got} the diff's
     * {@code U}; futures: {@code expected} is the book's id and {@code got} the diff's {@code pu}.
     */
    default void onGap(final long expected, final long got)
    {
    }

    /**
     * The book left {@link BookState#LIVE} (or was marked stale) and will be rebuilt from a new snapshot.
     *
     * @param bookUpdateId  the id the book had reached.
     * @param bufferedDiffs diffs kept for the next snapshot.
     */
    default void onResync(final SyncReason reason, final long bookUpdateId, final int bufferedDiffs)
    {
    }

    /** A diff was applied; {@code book} now reflects {@code diff.u()}. Hot path: no blocking, no allocation. */
    default void onDiffApplied(final DepthUpdate diff, final L2Book book)
    {
    }
}
