package dev.spindle.binance.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

class DepthSyncTest
{
    private final Instrument instrument = new Instrument("ETHUSDT", 8, 8);
    private final L2Book book = new L2Book(instrument, 16);
    private final RecordingListener listener = new RecordingListener();
    private final DepthUpdate diff = new DepthUpdate(4);
    private final DepthSnapshot snapshot = new DepthSnapshot(4);

    @Test
    void shouldBufferUntilTheSnapshotThenBridgeAtLastUpdateIdPlusOne()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        assertFalse(sync.needsSnapshot());
        sync.onDiff(Diffs.spot(diff, 95, 100, 90, 1));
        assertTrue(sync.needsSnapshot());
        sync.onDiff(Diffs.spot(diff, 101, 105, 91, 2));
        sync.onDiff(Diffs.spot(diff, 106, 110, 92, 3));
        assertEquals(BookState.SYNCING, sync.state());
        assertEquals(3, sync.bufferedDiffs());

        // The diff straddling the snapshot ends exactly at lastUpdateId: dropped; the next starts at id + 1.
        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 105)));

        assertFalse(sync.needsSnapshot());
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(BookState.LIVE, book.state());
        assertEquals(110, book.lastUpdateId());
        assertEquals(List.of(110L), listener.appliedIds);
        assertEquals(0, book.qtyOf(Side.BID, 90), "diff before the snapshot not applied");
        assertEquals(0, book.qtyOf(Side.BID, 91), "diff covered by the snapshot not applied");
        assertEquals(3, book.qtyOf(Side.BID, 92));
        assertEquals(100, book.bestPrice(Side.BID));
        assertEquals(2, sync.counters().ignoredOld());
        assertEquals(1, sync.counters().syncsAtBoundary());
        assertEquals(List.of(
            "request#1 BUFFERING_STARTED",
            "snapshot 105 applied",
            "synced 105 by [106;110]",
            "state SYNCING->LIVE SYNCED"), listener.events);
        assertTrue(instrument.decimalsLearned());
        assertEquals(2, instrument.priceDecimals());
    }

    @Test
    void shouldBridgeWithADiffStraddlingTheSnapshot()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        sync.onDiff(Diffs.spot(diff, 101, 108, 91, 2));
        sync.onSnapshot(Diffs.snapshot(snapshot, 105));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(108, book.lastUpdateId());
        assertEquals(0, sync.counters().syncsAtBoundary());
    }

    @Test
    void shouldIgnoreAndCountOldAndDuplicateDiffs()
    {
        final DepthSync sync = live(SyncMode.SPOT);
        final long ignoredAtSync = sync.counters().ignoredOld();
        sync.onDiff(Diffs.spot(diff, 111, 115, 93, 4));
        sync.onDiff(Diffs.spot(diff, 111, 115, 93, 9));
        sync.onDiff(Diffs.spot(diff, 101, 103, 93, 9));
        assertEquals(115, book.lastUpdateId());
        assertEquals(4, book.qtyOf(Side.BID, 93));
        assertEquals(2, sync.counters().ignoredOld() - ignoredAtSync);
        assertEquals(0, sync.counters().gaps());
        assertEquals(BookState.LIVE, sync.state());
    }

    @Test
    void shouldResyncOnAGapKeepingTheRevealingDiffAndEveryLaterOne()
    {
        final DepthSync sync = live(SyncMode.SPOT);
        listener.events.clear();
        sync.onDiff(Diffs.spot(diff, 120, 125, 94, 5)); // 111..119 lost
        sync.onDiff(Diffs.spot(diff, 126, 130, 95, 6));
        sync.onDiff(Diffs.spot(diff, 131, 135, 96, 7));

        assertEquals(BookState.RESYNCING, sync.state());
        assertEquals(3, sync.bufferedDiffs());
        assertTrue(sync.needsSnapshot());
        assertEquals(2, sync.counters().snapshotRequests());
        assertEquals(1, sync.counters().gaps());
        assertEquals(1, sync.counters().resyncs());
        assertEquals(List.of(
            "gap expected 111 got 120",
            "state LIVE->RESYNCING GAP",
            "resync GAP at 110 keeping 1",
            "request#2 GAP"), listener.events);

        // A snapshot at 127 covers the first kept diff; the two others bridge and follow.
        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 127)));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(135, book.lastUpdateId());
        assertEquals(0, book.qtyOf(Side.BID, 94), "covered by the snapshot");
        assertEquals(6, book.qtyOf(Side.BID, 95));
        assertEquals(7, book.qtyOf(Side.BID, 96));
        assertEquals(0, sync.bufferedDiffs());
    }

    @Test
    void shouldNotLetAFarFutureIdBlockEverySnapshot()
    {
        // A live book meets a diff with an impossible id: a gap, so it and every later diff are buffered.
        final DepthSync sync = live(SyncMode.SPOT);
        sync.onDiff(Diffs.spot(diff, 100_000_000_000_000_000L, 100_000_000_000_000_000L, 97, 8));
        sync.onDiff(Diffs.spot(diff, 111, 115, 93, 4));
        sync.onDiff(Diffs.spot(diff, 116, 120, 94, 5));
        assertEquals(BookState.RESYNCING, sync.state());

        // The next snapshot is not "older than the first buffered diff": the diff at 111 bridges it.
        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 112)));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(120, book.lastUpdateId());
        assertEquals(4, book.qtyOf(Side.BID, 93));
        assertEquals(5, book.qtyOf(Side.BID, 94));
        assertEquals(0, book.qtyOf(Side.BID, 97), "nothing of the bogus diff reached the book");
        assertEquals(1, sync.counters().outOfOrder());
        assertEquals(0, sync.counters().snapshotsTooOld());
    }

    @Test
    void shouldStillRejectASnapshotNoBufferedDiffBridges()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        sync.onDiff(Diffs.spot(diff, 101, 105, 91, 2));
        sync.onDiff(Diffs.spot(diff, 106, 110, 92, 3));
        assertFalse(sync.onSnapshot(Diffs.snapshot(snapshot, 90)));
        assertEquals(1, sync.counters().snapshotsTooOld());
        assertEquals(0, sync.counters().outOfOrder());
        assertEquals(2, sync.bufferedDiffs());
    }

    @Test
    void shouldRefetchASnapshotOlderThanTheFirstBufferedDiff()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        sync.onDiff(Diffs.spot(diff, 101, 105, 91, 2));
        sync.onDiff(Diffs.spot(diff, 106, 110, 92, 3));

        assertFalse(sync.onSnapshot(Diffs.snapshot(snapshot, 99))); // 100 is missing between snapshot and diffs
        assertTrue(sync.needsSnapshot());
        assertEquals(2, sync.counters().snapshotRequests());
        assertEquals(1, sync.counters().snapshotsTooOld());
        assertEquals(2, sync.bufferedDiffs());
        assertEquals(0, book.depth(Side.BID), "a rejected snapshot leaves the book alone");
        assertEquals(BookState.SYNCING, sync.state());

        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 100))); // exactly U - 1: fits
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(110, book.lastUpdateId());
        assertEquals(0, sync.counters().resyncs(), "a re-fetch is not a resync");
        assertEquals(List.of(
            "request#1 BUFFERING_STARTED",
            "snapshot 99 too old for U 101",
            "request#2 SNAPSHOT_TOO_OLD",
            "snapshot 100 applied",
            "synced 100 by [101;105]",
            "state SYNCING->LIVE SYNCED"), listener.events);
    }

    @Test
    void shouldHoldASnapshotNewerThanEveryBufferedDiffUntilTheNextDiff()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 105)), "a snapshot may even come before any diff");
        assertEquals(BookState.SYNCING, sync.state());
        assertEquals(105, book.lastUpdateId());
        sync.onDiff(Diffs.spot(diff, 100, 105, 91, 2));
        assertEquals(BookState.SYNCING, sync.state());
        sync.onDiff(Diffs.spot(diff, 106, 106, 92, 3));
        assertEquals(BookState.LIVE, sync.state());
    }

    @Test
    void shouldRefetchWhenTheFirstDiffAfterAHeldSnapshotDoesNotBridge()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        sync.onSnapshot(Diffs.snapshot(snapshot, 105));
        sync.onDiff(Diffs.spot(diff, 108, 110, 92, 3));
        assertEquals(1, sync.counters().snapshotsTooOld());
        assertEquals(1, sync.bufferedDiffs());
        assertTrue(sync.needsSnapshot());
        sync.onSnapshot(Diffs.snapshot(snapshot, 107));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(110, book.lastUpdateId());
    }

    @Test
    void shouldFindAGapInsideTheBufferAndKeepTheRest()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        sync.onDiff(Diffs.spot(diff, 101, 105, 91, 2));
        sync.onDiff(Diffs.spot(diff, 106, 110, 92, 3));
        sync.onDiff(Diffs.spot(diff, 115, 120, 93, 4)); // 111..114 lost while buffering
        sync.onDiff(Diffs.spot(diff, 121, 125, 94, 5));

        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 104)));
        assertEquals(BookState.RESYNCING, sync.state());
        assertEquals(110, book.lastUpdateId());
        assertEquals(2, sync.bufferedDiffs());
        assertTrue(listener.events.contains("resync GAP at 110 keeping 2"), listener.events.toString());

        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 118)));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(125, book.lastUpdateId());
    }

    @Test
    void shouldLinkFuturesDiffsByPu()
    {
        final DepthSync sync = new DepthSync(SyncMode.FUTURES, 0, book, listener);
        sync.onDiff(Diffs.futures(diff, 900, 950, 880, 201, 1)); // u < lastUpdateId: dropped
        sync.onDiff(Diffs.futures(diff, 960, 1010, 950, 202, 2)); // straddles 1000
        sync.onDiff(Diffs.futures(diff, 1015, 1030, 1010, 203, 3));
        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 1000)));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(1030, book.lastUpdateId());
        assertEquals(0, sync.counters().syncsAtBoundary());

        sync.onDiff(Diffs.futures(diff, 1031, 1040, 1030, 204, 4)); // U is not u + 1 on futures: pu links
        sync.onDiff(Diffs.futures(diff, 1031, 1040, 1030, 204, 9)); // duplicate
        assertEquals(1040, book.lastUpdateId());
        assertEquals(4, book.qtyOf(Side.ASK, 204));
        assertEquals(2, sync.counters().ignoredOld());

        sync.onDiff(Diffs.futures(diff, 1050, 1060, 1045, 205, 5)); // pu 1045 != 1040
        assertEquals(BookState.RESYNCING, sync.state());
        assertTrue(listener.events.contains("gap expected 1040 got 1045"), listener.events.toString());
    }

    @Test
    void shouldKeepAFuturesDiffEndingAtTheSnapshotAndAcceptABoundarySnapshot()
    {
        final DepthSync sync = new DepthSync(SyncMode.FUTURES, 0, book, listener);
        sync.onDiff(Diffs.futures(diff, 960, 1000, 950, 202, 2)); // u == lastUpdateId: kept (spot would drop it)
        sync.onSnapshot(Diffs.snapshot(snapshot, 1000));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(2, book.qtyOf(Side.ASK, 202));

        final DepthSync boundary = new DepthSync(SyncMode.FUTURES, 0, new L2Book(instrument, 4), listener);
        boundary.onDiff(Diffs.futures(diff, 1005, 1010, 1000, 202, 2)); // pu == lastUpdateId < U
        boundary.onSnapshot(Diffs.snapshot(snapshot, 1000));
        assertEquals(BookState.LIVE, boundary.state());
        assertEquals(1, boundary.counters().syncsAtBoundary());
    }

    @Test
    void shouldGoStaleOnTheTimerAndResyncFromTheNextDiff()
    {
        final DepthSync sync = live(SyncMode.SPOT);
        sync.markStale();
        sync.markStale();
        assertEquals(BookState.STALE, sync.state());
        assertEquals(1, sync.counters().resyncs());
        assertFalse(sync.needsSnapshot());
        sync.onDiff(Diffs.spot(diff, 111, 115, 93, 4));
        assertTrue(sync.needsSnapshot());
        assertEquals(1, sync.bufferedDiffs());
        sync.onSnapshot(Diffs.snapshot(snapshot, 112));
        assertEquals(BookState.LIVE, sync.state());
        assertTrue(listener.events.contains("state STALE->LIVE SYNCED"), listener.events.toString());
    }

    @Test
    void shouldIgnoreSnapshotsWhileLiveAndEverythingOnceClosed()
    {
        final DepthSync sync = live(SyncMode.SPOT);
        assertFalse(sync.onSnapshot(Diffs.snapshot(snapshot, 200)));
        assertEquals(1, sync.counters().snapshotsIgnored());
        assertEquals(110, book.lastUpdateId());
        sync.close();
        sync.close();
        assertEquals(BookState.CLOSED, sync.state());
        sync.onDiff(Diffs.spot(diff, 111, 115, 93, 4));
        assertEquals(110, book.lastUpdateId());
    }

    @Test
    void shouldRejectInputForAnotherSymbol()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener);
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> sync.onSnapshot(Diffs.snapshot(snapshot, 1).symbolIndex(3)));
        assertEquals("snapshot for symbol #3 given to the sync of ETHUSDT (#0)", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sync.onDiff(Diffs.spot(diff, 1, 2, 3, 4).symbolIndex(1)));
    }

    @Test
    void shouldDropTheOldestBufferedDiffsBeyondTheBound()
    {
        final DepthSync sync = new DepthSync(SyncMode.SPOT, 0, book, listener, 2, 2, 4);
        for (int i = 0; i < 10; i++)
        {
            sync.onDiff(Diffs.spot(diff, 101 + i * 5, 105 + i * 5, 90 + i, 1 + i));
        }
        assertEquals(4, sync.bufferedDiffs());
        assertEquals(6, sync.counters().bufferOverflows());
        assertFalse(sync.onSnapshot(Diffs.snapshot(snapshot, 110)), "older than the oldest kept diff");
        assertTrue(sync.onSnapshot(Diffs.snapshot(snapshot, 135)));
        assertEquals(BookState.LIVE, sync.state());
        assertEquals(150, book.lastUpdateId());
    }

    private DepthSync live(final SyncMode mode)
    {
        final DepthSync sync = new DepthSync(mode, 0, book, listener);
        sync.onDiff(Diffs.spot(diff, 101, 105, 91, 2));
        sync.onDiff(Diffs.spot(diff, 106, 110, 92, 3));
        sync.onSnapshot(Diffs.snapshot(snapshot, 105));
        assertEquals(BookState.LIVE, sync.state());
        return sync;
    }
}
