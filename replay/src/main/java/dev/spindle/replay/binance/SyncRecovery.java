package dev.spindle.replay.binance;

import java.io.IOException;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.sync.DepthSync;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayWarnings;
import dev.spindle.replay.input.Capture;

/**
 * What a Binance replay does when the sync needs a snapshot (see {@link BinanceReplay} for the rules): under
 * {@code --validate-sequence} fail on a gap or a too-old snapshot; otherwise warn, then reload from a session
 * checkpoint, wait for an inline snapshot further on, bridge the gap on the current book, or fail if the book was
 * never live. Counts gaps, resyncs and bridges. Runs on the replay thread.
 */
final class SyncRecovery
{
    private static final long NO_ID = Long.MIN_VALUE;

    private final boolean validateSequence;
    private final Capture capture;
    private final ReplayWarnings warnings;
    private final RecordCursor cursor;
    private final Checkpoints checkpoints;
    private final SyncMode mode;
    private final Instrument instrument;
    private final L2Book book;
    private final DepthSync sync;
    private final DepthSnapshot continuation;

    private boolean everLive;
    private boolean bridging;
    private boolean waitingForInlineSnapshot;
    private long bridgeId = NO_ID;
    private long rejectedSnapshotId = NO_ID;
    private long rejectedFirstU = NO_ID;
    private long firstSnapshotId = NO_ID;
    private long gaps;
    private long resyncs;
    private long bridges;

    /**
     * @param validateSequence fail on a gap or a too-old snapshot ({@code --validate-sequence}).
     * @param capture          the capture, scanned for later inline snapshots.
     * @param warnings         receives gap and resync warnings.
     * @param cursor           the record being handled, for messages.
     * @param checkpoints      the session's checkpoints.
     * @param mode             how diffs link.
     * @param sync             the sync to give snapshots to.
     * @param book             the replayed book, copied when a gap is bridged.
     * @param bookLevels       levels a bridge copies at most.
     */
    SyncRecovery(final boolean validateSequence, final Capture capture, final ReplayWarnings warnings,
        final RecordCursor cursor, final Checkpoints checkpoints, final SyncMode mode, final DepthSync sync,
        final L2Book book, final int bookLevels)
    {
        this.validateSequence = validateSequence;
        this.capture = capture;
        this.warnings = warnings;
        this.cursor = cursor;
        this.checkpoints = checkpoints;
        this.mode = mode;
        this.instrument = book.instrument();
        this.sync = sync;
        this.book = book;
        this.continuation = new DepthSnapshot(bookLevels);
    }

    /** The book went live. */
    void onLive()
    {
        everLive = true;
        waitingForInlineSnapshot = false;
    }

    /**
     * @param lastUpdateId the id of the snapshot the sync loaded.
     * @return true if it was a real snapshot, false if the book was only carried across a gap (a bridge).
     */
    boolean onLoaded(final long lastUpdateId)
    {
        if (bridging)
        {
            return false;
        }
        if (firstSnapshotId == NO_ID)
        {
            firstSnapshotId = lastUpdateId;
        }
        return true;
    }

    /** The sync rejected a snapshot as too old for the diffs after it. */
    void onSnapshotRejected(final long lastUpdateId, final long firstBufferedU)
    {
        if (validateSequence)
        {
            throw new ReplayException(cursor.where() + ": snapshot lastUpdateId " + lastUpdateId +
                " is too old for the diffs: the first diff after it starts at U=" + firstBufferedU +
                " (--validate-sequence)");
        }
        rejectedSnapshotId = lastUpdateId;
        rejectedFirstU = firstBufferedU;
        bridgeId = mode == SyncMode.SPOT ? firstBufferedU - 1 : firstBufferedU;
    }

    /** The sync found a gap in update ids. */
    void onGap(final long expected, final long got)
    {
        gaps++;
        final String what = mode == SyncMode.SPOT ?
            "expected U <= " + expected + ", got U=" + got :
            "expected pu=" + expected + ", got pu=" + got;
        final DecodedRecord current = cursor.current();
        final String diff = cursor.atDiff() ?
            " (diff U=" + current.diff.U() + " u=" + current.diff.u() + ")" : "";
        if (validateSequence)
        {
            throw new ReplayException(cursor.where() + ": gap in update ids after " + book.lastUpdateId() + ": " +
                what + diff + " (--validate-sequence)");
        }
        warnings.warn(cursor.where() + ": gap in update ids after " + book.lastUpdateId() + ": " + what + diff);
        bridgeId = mode == SyncMode.SPOT ? got - 1 : got;
    }

    /** An inline snapshot of the symbol was read: the replay no longer waits for one. */
    void onSnapshotRead()
    {
        waitingForInlineSnapshot = false;
    }

    /** Give a snapshot to the sync; a reload after the book was live counts as a resync. */
    void load(final DepthSnapshot snapshot)
    {
        final boolean wasLive = everLive;
        if (sync.onSnapshot(snapshot) && wasLive)
        {
            resyncs++;
        }
    }

    /** After each record: if the sync waits for a snapshot, find one, wait for one, bridge, or fail. */
    void resolve()
    {
        while (sync.needsSnapshot())
        {
            if (resyncFromCheckpoint())
            {
                continue;
            }
            if (waitingForInlineSnapshot)
            {
                return;
            }
            if (snapshotFollows())
            {
                waitingForInlineSnapshot = true;
                return;
            }
            if (everLive && bridgeId != NO_ID)
            {
                bridge();
                continue;
            }
            if (firstSnapshotId == NO_ID && rejectedSnapshotId == NO_ID)
            {
                throw missingSnapshot();
            }
            throw new ReplayException(cursor.where() + ": snapshot lastUpdateId " + rejectedSnapshotId +
                " is too old for the diffs: the first diff after it starts at U=" + rejectedFirstU +
                "; the capture misses the updates in between, or the snapshot is of another symbol or time");
        }
    }

    /**
     * At the end: a book that never went live is an error, saying why.
     *
     * @param diffsRead diffs read.
     * @param lastDiffU the last diff's {@code u}.
     */
    void checkWentLive(final long diffsRead, final long lastDiffU)
    {
        if (everLive)
        {
            return;
        }
        if (firstSnapshotId == NO_ID && rejectedSnapshotId == NO_ID)
        {
            throw missingSnapshot();
        }
        if (sync.counters().applied() == 0 && diffsRead > 0)
        {
            throw new ReplayException("no diff follows the snapshot: all " + diffsRead + " diffs end at or " +
                "before its lastUpdateId " + firstSnapshotId + " (last u=" + lastDiffU + "); the snapshot is " +
                "of another symbol or later than the diffs");
        }
    }

    /** @return gaps in update ids. */
    long gaps()
    {
        return gaps;
    }

    /** @return reloads after the book was live. */
    long resyncs()
    {
        return resyncs;
    }

    /** @return gaps crossed on the current book. */
    long bridges()
    {
        return bridges;
    }

    private ReplayException missingSnapshot()
    {
        return new ReplayException("missing snapshot: " + capture.description() +
            " holds no depth snapshot to rebuild " + instrument.symbol() + " from");
    }

    private boolean snapshotFollows()
    {
        final DecodedRecord current = cursor.current();
        if (current == null || current.file == null)
        {
            return false;
        }
        try
        {
            return capture.snapshotAfter(current.file, current.lineNo);
        }
        catch (final IOException ex)
        {
            throw new ReplayException("scanning " + current.file + " for a later snapshot: " + ex.getMessage(), ex);
        }
    }

    /** @return true if a session checkpoint was given to the sync. */
    private boolean resyncFromCheckpoint()
    {
        final long needed = bridgeId != NO_ID ? bridgeId : cursor.atDiff() ? cursor.current().diff.U() - 1 : NO_ID;
        if (needed == NO_ID)
        {
            return false;
        }
        final DepthSnapshot checkpoint = checkpoints.resyncCandidate(needed);
        if (checkpoint == null)
        {
            return false;
        }
        warnings.warn(cursor.where() + ": resyncing from checkpoint " + checkpoints.lastLoaded());
        bridgeId = NO_ID;
        load(checkpoint);
        return true;
    }

    private void bridge()
    {
        warnings.warn(cursor.where() + ": no later snapshot in the capture: continuing across the gap on the " +
            "current book (as hft-rs does); it may differ from the venue's until the levels concerned change again");
        continuation.clear().symbolIndex(0).lastUpdateId(bridgeId).decimals(instrument.priceDecimals(),
            instrument.qtyDecimals());
        for (final Side side : Side.values())
        {
            final int depth = book.depth(side);
            for (int i = 0; i < depth; i++)
            {
                continuation.levels(side).add(book.priceAt(side, i), book.qtyAt(side, i));
            }
        }
        bridgeId = NO_ID;
        bridges++;
        bridging = true;
        try
        {
            sync.onSnapshot(continuation);
        }
        finally
        {
            bridging = false;
        }
    }
}
