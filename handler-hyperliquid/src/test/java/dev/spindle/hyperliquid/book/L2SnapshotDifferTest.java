package dev.spindle.hyperliquid.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.testing.Allocations;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.DecodeException;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.L2Snapshot;

class L2SnapshotDifferTest
{
    private static final long SECOND_NS = 1_000_000_000L;

    private final CoinTable coins = new CoinTable();
    private final RecordingListener listener = new RecordingListener();
    private final Snapshots snapshots;
    private final L2SnapshotDiffer differ;

    L2SnapshotDifferTest()
    {
        coins.add("BTC");
        coins.add("ETH");
        snapshots = new Snapshots(coins);
        // A three-level horizon keeps the cases readable.
        differ = new L2SnapshotDiffer(0, new L2Book(coins.instrument(0), 8), listener, 3, 5 * SECOND_NS);
    }

    private boolean feed(final long timeMs, final String bids, final String asks, final long nowNs)
    {
        return differ.onSnapshot(snapshots.of("BTC", timeMs, bids, asks), nowNs);
    }

    private static long px(final String text)
    {
        return Decimal.parse(text, 8);
    }

    @Test
    void shouldLoadTheFirstSnapshotWithoutADiff()
    {
        assertEquals(BookState.SYNCING, differ.book().state());
        assertTrue(feed(100, "10:1.5:2,9:3:1", "11:2:4", 0));
        assertEquals(List.of("loaded 100", "SYNCING->LIVE SNAPSHOT_LOADED"), listener.take());
        final L2Book book = differ.book();
        assertEquals(BookState.LIVE, book.state());
        assertEquals(100, book.lastUpdateId());
        assertEquals(px("10"), book.bestPrice(Side.BID));
        assertEquals(px("3"), book.qtyAt(Side.BID, 1));
        assertEquals(px("11"), book.bestPrice(Side.ASK));
        assertEquals(2, differ.orderCount(Side.BID, 0));
        assertEquals(4, differ.orderCountOf(Side.ASK, px("11")));
        assertEquals(0, differ.orderCountOf(Side.ASK, px("12")));
    }

    @Test
    void shouldIgnoreSnapshotsWhoseTimeDoesNotIncrease()
    {
        feed(100, "10:1:1", "11:1:1", 0);
        listener.take();
        assertFalse(feed(100, "10:1:1", "11:1:1", 1));
        assertFalse(feed(99, "9:1:1", "11:1:1", 2));
        assertEquals(List.of("ignored 100<=100", "ignored 99<=100"), listener.take());
        assertEquals(2, differ.counters().timeNotIncreasing());
        assertEquals(px("10"), differ.book().bestPrice(Side.BID), "ignored snapshots leave the book alone");
    }

    @Test
    void shouldCountIdenticalSnapshotsWithoutADiff()
    {
        feed(100, "10:1:1", "11:1:1", 0);
        listener.take();
        assertFalse(feed(101, "10:1:1", "11:1:1", 1));
        assertFalse(feed(102, "10:1:1", "11:1:1", 2));
        assertEquals(List.of("identical 100->101", "identical 101->102"), listener.take());
        assertEquals(2, differ.counters().identical());
        assertEquals(0, differ.counters().diffs());
        assertEquals(102, differ.lastTimeMs());
    }

    @Test
    void shouldReportAddedChangedAndRemovedLevelsBestFirst()
    {
        feed(100, "10:1:1,9:2:1", "12:1:1", 0);
        listener.take();
        assertTrue(feed(101, "10:1:2,8.5:4:3", "11:5:1,12:0.5:1", 1));
        assertEquals(List.of("diff 100->101",
            "BID CHANGED 10 1->1 n1->2",
            "BID REMOVED 9 2->0 n1->0",
            "BID ADDED 8.5 0->4 n0->3",
            "ASK ADDED 11 0->5 n0->1",
            "ASK CHANGED 12 1->0.5 n1->1"), listener.take());
        assertEquals(px("8.5"), differ.book().priceAt(Side.BID, 1));
        assertEquals(3, differ.orderCount(Side.BID, 1));
        assertEquals(2, differ.book().depth(Side.ASK));
    }

    @Test
    void shouldTellLevelsLeavingOrEnteringTheHorizonFromRealChanges()
    {
        feed(100, "10:1:1,9:1:1,8:1:1", "11:1:1,12:1:1,13:1:1", 0);
        listener.take();
        // A new best bid pushes 8 out of the full three-level view.
        assertTrue(feed(101, "10.5:1:1,10:1:1,9:1:1", "11:1:1,12:1:1,13:1:1", 1));
        assertEquals(List.of("diff 100->101",
            "BID ADDED 10.5 0->1 n0->1",
            "BID BEYOND_HORIZON 8 1->0 n1->0"), listener.take());
        // 10 disappears inside the view, so 7 comes into view from beyond the full previous side.
        assertTrue(feed(102, "10.5:1:1,9:1:1,7:1:1", "11:1:1,12:1:1,13:1:1", 2));
        assertEquals(List.of("diff 101->102",
            "BID REMOVED 10 1->0 n1->0",
            "BID ENTERED_HORIZON 7 0->1 n0->1"), listener.take());
        // The best ask is taken: 14 comes into view from beyond.
        assertTrue(feed(103, "10.5:1:1,9:1:1,7:1:1", "12:1:1,13:1:1,14:2:1", 3));
        assertEquals(List.of("diff 102->103",
            "ASK REMOVED 11 1->0 n1->0",
            "ASK ENTERED_HORIZON 14 0->2 n0->1"), listener.take());
        // A side that is not full has nothing beyond its view: levels simply come and go.
        assertTrue(feed(104, "10.5:1:1,9:1:1", "12:1:1,13:1:1,14:2:1", 4));
        assertTrue(feed(105, "10.5:1:1,9:1:1,6:1:1", "12:1:1,13:1:1,14:2:1", 5));
        assertEquals(List.of("diff 103->104", "BID REMOVED 7 1->0 n1->0",
            "diff 104->105", "BID ADDED 6 0->1 n0->1"), listener.take());
        final SnapshotCounters c = differ.counters();
        assertEquals(1, c.beyondHorizon());
        assertEquals(2, c.enteredHorizon());
        assertEquals(3, c.removed());
        assertEquals(2, c.added());
    }

    @Test
    void shouldGoStaleAfterSilenceAndReloadTheNextSnapshot()
    {
        feed(100, "10:1:1", "11:1:1", 0);
        listener.take();
        assertFalse(differ.checkStale(5 * SECOND_NS));
        assertTrue(differ.checkStale(5 * SECOND_NS + 1));
        assertFalse(differ.checkStale(6 * SECOND_NS), "already stale");
        assertEquals(BookState.STALE, differ.book().state());
        assertFalse(feed(99, "10:1:1", "11:1:1", 7 * SECOND_NS), "older than the book: ignored");
        assertTrue(feed(100, "9:1:1", "11:1:1", 7 * SECOND_NS), "the same time is accepted after staleness");
        assertEquals(List.of("LIVE->STALE STALE", "ignored 99<=100", "loaded 100", "STALE->LIVE SNAPSHOT_LOADED"),
            listener.take());
        assertEquals(px("9"), differ.book().bestPrice(Side.BID));
        assertEquals(1, differ.counters().staleMarks());
        assertEquals(2, differ.counters().loaded());
    }

    @Test
    void shouldResetMarkStaleAndCloseOnRequest()
    {
        differ.markStale();
        assertEquals(BookState.STALE, differ.state());
        feed(100, "10:1:1", "11:1:1", 0);
        differ.reset();
        assertEquals(0, differ.book().depth(Side.BID));
        assertTrue(feed(50, "10:1:1", "11:1:1", 1), "after a reset any time is accepted");
        differ.close();
        differ.close();
        assertFalse(feed(200, "10:1:1", "11:1:1", 2));
        differ.reset();
        differ.markStale();
        assertEquals(List.of("SYNCING->STALE STALE", "loaded 100", "STALE->LIVE SNAPSHOT_LOADED",
            "LIVE->SYNCING RESET", "loaded 50", "SYNCING->LIVE SNAPSHOT_LOADED", "LIVE->CLOSED CLOSED"),
            listener.take());
        assertEquals(BookState.CLOSED, differ.book().state());
    }

    @Test
    void shouldNeverSeeAPartBookFromAMalformedFrame()
    {
        final FrameDecoder decoder = new FrameDecoder(coins, 20, 8);
        final byte[] good = ("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":5,\"levels\":[[" +
            "{\"px\":\"10.0\",\"sz\":\"1.0\",\"n\":1}],[{\"px\":\"11.0\",\"sz\":\"1.0\",\"n\":1}]]}}")
            .getBytes(StandardCharsets.UTF_8);
        decoder.decode(good, 0, good.length);
        differ.onSnapshot(decoder.l2Book(), 0);
        listener.take();
        // Cut after the first bid: the decoder has filled part of its snapshot before it finds the damage.
        final byte[] cut = ("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":6,\"levels\":[[" +
            "{\"px\":\"9.0\",\"sz\":\"2.0\",\"n\":1}],[{\"px\":\"11.0\",\"sz\"").getBytes(StandardCharsets.UTF_8);
        int decodeErrors = 0;
        try
        {
            decoder.decode(cut, 0, cut.length);
            differ.onSnapshot(decoder.l2Book(), 1);
        }
        catch (final DecodeException ex)
        {
            decodeErrors++;
            assertTrue(ex.getMessage().startsWith("frame: truncated message"), ex.getMessage());
        }
        assertEquals(1, decodeErrors);
        assertEquals(List.of(), listener.take(), "the differ heard nothing");
        assertEquals(px("10"), differ.book().bestPrice(Side.BID));
        assertEquals(5, differ.lastTimeMs());
    }

    @Test
    void shouldRefuseASnapshotOfAnotherCoin()
    {
        final L2Snapshot eth = snapshots.of("ETH", 1, "10:1:1", "11:1:1");
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> differ.onSnapshot(eth, 0));
        assertTrue(ex.getMessage().contains("differ of BTC"), ex.getMessage());
    }

    @Test
    void shouldDiffWithoutAllocatingInSteadyState()
    {
        final L2SnapshotDiffer quiet = new L2SnapshotDiffer(0, new L2Book(coins.instrument(0), 64),
            SnapshotListener.NO_OP);
        final L2Snapshot[] book = new L2Snapshot[4];
        final Snapshots[] decoders = {new Snapshots(coins), new Snapshots(coins), new Snapshots(coins),
            new Snapshots(coins)};
        book[0] = decoders[0].of("BTC", 1, "10:1:1,9:1:1,8:2:1", "11:1:1,12:3:1");
        book[1] = decoders[1].of("BTC", 2, "10:1:2,8:2:1,7:1:1", "11:1:1,12:3:1,13:1:1");
        book[2] = decoders[2].of("BTC", 3, "10:1:2,8:2:1,7:1:1", "11:1:1,12:3:1,13:1:1");
        book[3] = decoders[3].of("BTC", 4, "9.5:1:1", "10.5:1:1");
        Allocations.assertAllocatesNothing(() ->
        {
            for (int i = 0; i < 1_000; i++)
            {
                quiet.reset();
                for (final L2Snapshot snapshot : book)
                {
                    quiet.onSnapshot(snapshot, i);
                }
            }
        });
        assertTrue(quiet.counters().diffs() > 0 && quiet.counters().identical() > 0);
    }
}
