package dev.spindle.binance.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.capture.format.CryptofeedRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordedLine;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.testing.TestData;

/**
 * The cryptofeed recordings: many symbols per connection, REST snapshots in separate files merged by receive time,
 * spot-like venues linked by {@code U}, USD-M and COIN-M linked by {@code pu}.
 * <p>
 * Tops of book equal the bookTicker at every verifiable checkpoint on spot, Binance.US, Binance TR and USD-M. On
 * COIN-M (dapi) they do not always: a few checkpoints right after the sync differ in the quantity of a best level
 * that came from the REST snapshot, while the tickers before and after the snapshot id agree with each other; the
 * difference disappears once a diff touches that level. The dapi snapshots are slightly inconsistent with the
 * stream, so the ticker check is not asserted there.
 */
class CryptofeedReplayTest
{
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "rec-906605d, BINANCE, SPOT, true",
        "rec-906605d, BINANCE_US, SPOT, true",
        "rec-906605d, BINANCE_FUTURES, FUTURES, true",
        "rec-906605d, BINANCE_DELIVERY, FUTURES, false",
        "rec-3525dc8, BINANCE, SPOT, true",
        "rec-3525dc8, BINANCE_US, SPOT, true",
        "rec-3525dc8, BINANCE_FUTURES, FUTURES, true",
        "rec-3525dc8, BINANCE_DELIVERY, FUTURES, false",
        "rec-bf8ee8a, BINANCE_TR, SPOT, true",
    })
    void shouldSyncEveryChainWithoutResync(
        final String recording, final String exchange, final SyncMode mode, final boolean tickersMatch)
    {
        final Path folder = TestData.require("binance-cryptofeed/" + recording);
        final RecordingReplay replay = new RecordingReplay(mode, symbols(folder, exchange));
        CryptofeedRecording.read(folder, exchange, ReadOptions.STRICT, replay::onLine);
        replay.finish();

        assertEquals(List.of(), replay.decodeErrors());
        assertTrue(replay.frames(FrameType.DEPTH) > 0, replay.toString());
        int live = 0;
        long atBoundary = 0;
        for (final RecordingReplay.Feed feed : replay.feeds())
        {
            assertEquals(0, feed.sync.counters().gaps(), feed.toString());
            assertEquals(0, feed.sync.counters().resyncs(), feed.toString());
            assertEquals(0, feed.sync.counters().snapshotsTooOld(), feed.toString());
            if (feed.depthFrames > 0 && feed.maxU > feed.lastSnapshotId && feed.lastSnapshotId >= 0)
            {
                // A diff newer than the snapshot arrived: the chain must have been bridged and followed to the end.
                assertEquals(BookState.LIVE, feed.sync.state(), feed.toString());
                assertEquals(feed.maxU, feed.book.lastUpdateId(), feed.toString());
                assertEquals(1, feed.sync.counters().syncs(), feed.toString());
                live++;
            }
            if (tickersMatch)
            {
                assertNull(feed.check.firstMismatch(), feed.toString());
                assertEquals(0, feed.check.tickerJumps(), feed.toString());
            }
            atBoundary += feed.sync.counters().syncsAtBoundary();
        }
        assertTrue(live >= 3, "at least three live books: " + replay);
        if (mode == SyncMode.SPOT)
        {
            // Notes A7.1: on spot the first kept diff usually starts at U == lastUpdateId + 1; a sync demanding
            // U <= lastUpdateId <= u would re-fetch forever. Here it is every live book but one (Binance.US ETHBUSD).
            assertTrue(atBoundary >= live - 1, atBoundary + " of " + live + " syncs at lastUpdateId + 1: " + replay);
        }
    }

    /** Every symbol named by a stream or a snapshot URL: the live handler knows these from its configuration. */
    private static Set<String> symbols(final Path folder, final String exchange)
    {
        final Set<String> symbols = new TreeSet<>();
        CryptofeedRecording.read(folder, exchange, ReadOptions.STRICT, line ->
        {
            if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
            {
                symbols.add(line.restSymbol());
                return;
            }
            final String stream = JSON.parseObject(line.payloadString()).getString("stream");
            if (stream != null && stream.indexOf('@') > 0)
            {
                symbols.add(stream.substring(0, stream.indexOf('@')).toUpperCase(Locale.ROOT));
            }
        });
        return symbols;
    }
}
