package dev.spindle.binance.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.testing.TestData;

/**
 * The hftbacktest recordings: one symbol per file, combined-stream frames and inline snapshots. Every applied diff
 * is a checkpoint where the book's top must equal the last bookTicker at or before it (data README).
 */
class HftbacktestReplayTest
{
    @Test
    void shouldSyncSpotEthusdtAcrossBothFilesAndMatchEveryBookTicker()
    {
        final RecordingReplay replay = replay(SyncMode.SPOT, "ETHUSDT",
            TestData.require("binance-spot/ethusdt_20240808.gz"), TestData.require("binance-spot/ethusdt_20240809.gz"));
        final RecordingReplay.Feed feed = replay.feed("ETHUSDT");

        assertEquals(3434 + 3036, replay.frames(FrameType.DEPTH), replay.toString());
        assertEquals(24077 + 34681, replay.frames(FrameType.BOOK_TICKER), replay.toString());
        assertEquals(6106 + 8409, replay.frames(FrameType.TRADE), replay.toString());
        assertSyncedOnce(feed, replay);
        assertEquals(1, feed.sync.counters().syncsAtBoundary(), "first diff starts at lastUpdateId + 1");
        assertEquals(6468, feed.sync.counters().applied(), replay.toString());
        assertAllCheckpointsMatch(feed, 6468);
        assertEquals(8, feed.instrument.priceDecimals());
        assertEquals("2683.80000000", feed.instrument.priceToString(2683_80000000L));
    }

    @Test
    void shouldSyncUsdmBtcusdtByPuAndMatchEveryBookTicker()
    {
        final RecordingReplay replay =
            replay(SyncMode.FUTURES, "BTCUSDT", TestData.require("binance-usdm/btcusdt_20240808.gz"));
        final RecordingReplay.Feed feed = replay.feed("BTCUSDT");

        assertSyncedOnce(feed, replay);
        assertAllCheckpointsMatch(feed, 6547);
        assertEquals(2, feed.instrument.priceDecimals(), "learned from \"61800.20\"");
        assertEquals(3, feed.instrument.qtyDecimals(), "learned from \"2.909\"");
        assertEquals("61800.20", feed.instrument.priceToString(61800_20000000L));
    }

    @Test
    void shouldSyncUsdmEthusdtByPuAndMatchEveryBookTicker()
    {
        final RecordingReplay replay =
            replay(SyncMode.FUTURES, "ETHUSDT", TestData.require("binance-usdm/ethusdt_20240808.gz"));
        final RecordingReplay.Feed feed = replay.feed("ETHUSDT");

        assertSyncedOnce(feed, replay);
        assertAllCheckpointsMatch(feed, 6581);
    }

    private static RecordingReplay replay(final SyncMode mode, final String symbol, final Path... files)
    {
        final RecordingReplay replay = new RecordingReplay(mode, List.of(symbol));
        HftbacktestRecording.read(List.of(files), ReadOptions.STRICT, replay::onLine);
        replay.finish();
        return replay;
    }

    private static void assertSyncedOnce(final RecordingReplay.Feed feed, final RecordingReplay replay)
    {
        assertEquals(List.of(), replay.decodeErrors());
        assertEquals(BookState.LIVE, feed.sync.state(), replay.toString());
        assertEquals(1, feed.sync.counters().snapshotsApplied(), replay.toString());
        assertEquals(1, feed.sync.counters().syncs(), replay.toString());
        assertEquals(0, feed.sync.counters().gaps(), replay.toString());
        assertEquals(0, feed.sync.counters().resyncs(), replay.toString());
        assertEquals(0, feed.sync.counters().snapshotsTooOld(), replay.toString());
        assertEquals(1, feed.sync.counters().snapshotRequests(), "only the initial request: " + replay);
        assertEquals(0, feed.sync.bufferedDiffs(), replay.toString());
    }

    private static void assertAllCheckpointsMatch(final RecordingReplay.Feed feed, final long expected)
    {
        assertNull(feed.check.firstMismatch(), feed.check.toString());
        assertEquals(expected, feed.check.checkpoints(), feed.check.toString());
        assertEquals(expected, feed.check.matches(), feed.check.toString());
        assertEquals(0, feed.check.tickerJumps(), feed.check.toString());
        assertEquals(0, feed.check.unverifiable(), feed.check.toString());
    }
}
