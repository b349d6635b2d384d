package dev.spindle.hyperliquid.book;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.L2Book;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/**
 * What an {@link L2SnapshotDiffer} reports. Called on the engine thread inside
 * {@link L2SnapshotDiffer#onSnapshot}: an implementation must not block or allocate in {@link #onDiff} and
 * {@link #onIdentical}, which run for nearly every snapshot; the others are rare. Every method has an empty
 * default, so an adapter overrides only what it needs. One listener per differ.
 */
public interface SnapshotListener
{
    /** A listener that ignores everything. */
    SnapshotListener NO_OP = new SnapshotListener()
    {
    };

    /** The book's state changed. */
    default void onStateChange(final BookState from, final BookState to, final SnapshotReason reason)
    {
    }

    /**
     * A snapshot replaced the book outright, with no diff: the first one, or the first after the book went stale
     * or was reset. Downstream state derived from diffs must restart from {@code book}.
     */
    default void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
    {
    }

    /** A snapshot differed from the previous one; {@code book} already shows the new snapshot. Hot path. */
    default void onDiff(final SnapshotDiff diff, final L2Book book)
    {
    }

    /** A snapshot with a newer time repeated the previous one exactly (prices, sizes and order counts). */
    default void onIdentical(final long previousTimeMs, final long timeMs)
    {
    }

    /** A snapshot whose time did not increase was ignored. */
    default void onTimeNotIncreasing(final long lastTimeMs, final long timeMs)
    {
    }
}
