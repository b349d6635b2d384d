package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordedLine;
import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.metrics.MetricsRegistry;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.engine.testing.TestData;

/**
 * The engine side alone, on the test thread: the real ETHUSDT recording passes through the gate and the feed as the
 * reader and engine threads would see it, and the test answers the snapshot request as the REST thread would.
 */
class BinanceFeedTest
{
    private static final int CONNECTION = 1;

    private final MetricsRegistry metrics = new MetricsRegistry();
    private final SymbolTable snapshotSymbols = new SymbolTable();
    private final DepthSnapshotDecoder snapshotDecoder;
    private BinanceLive live;
    private FrameRouter router;
    private byte[] snapshot;
    private int snapshotsAnswered;

    BinanceFeedTest()
    {
        snapshotSymbols.add(new Instrument("ETHUSDT", 8, 8));
        snapshotDecoder = new DepthSnapshotDecoder(snapshotSymbols);
    }

    @Test
    void shouldSyncVerifyAndIsolateBadFramesOnTheEngineThread() throws Exception
    {
        final BinanceLiveConfig config = BinanceLiveConfig.builder()
            .symbols(List.of("ethusdt"))
            .wsUrl("ws://127.0.0.1:1")
            .restUrl("http://127.0.0.1:1")
            .build();
        try (LogCapture log = LogCapture.start())
        {
            live = BinanceLive.create(config, new EngineConfig().eventLog(log.log()).metrics(metrics), FrameTap.NONE);
            final BinanceFeed feed = live.feed();
            final SymbolTable routing = new SymbolTable();
            routing.add(new Instrument("ETHUSDT", 8, 8));
            router = new FrameRouter(routing);
            live.gate().primary(CONNECTION);
            feed.onStart();

            HftbacktestRecording.read(List.of(TestData.require("binance-spot/ethusdt_20240808.gz")),
                ReadOptions.STRICT, (line) -> onLine(feed, line));

            final TopOfBook top = new TopOfBook();
            feed.readTop(0, top);
            final Counters counters = metrics.counters("binance:ETHUSDT");
            assertEquals(BookState.LIVE, top.state());
            assertEquals(1, snapshotsAnswered);
            assertEquals(3434 - 2, counters.get(Counter.DIFFS_APPLIED));
            assertEquals(3434 - 2, top.diffsApplied());
            assertEquals(0, counters.get(Counter.BOOK_MISMATCHES));
            assertEquals(0, feed.tickerCheck(0).mismatches());
            assertTrue(feed.tickerCheck(0).matches() > 3_000);
            assertTrue(counters.get(Counter.TRADES) > 6_000);

            send(feed, "{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"U\":");
            assertEquals(1, metrics.counters("binance").get(Counter.DECODE_ERRORS));
            feed.readTop(0, top);
            assertEquals(BookState.LIVE, top.state(), "a bad frame must not break the book");

            assertTrue(live.gate().publishNotice(InboundFrame.STALE, System.nanoTime(), 0));
            feed.poll(System.nanoTime());
            feed.readTop(0, top);
            assertEquals(BookState.STALE, top.state());
            assertEquals(1, counters.get(Counter.STALE));

            feed.onClose();
            live.close();
            assertNotNull(log.awaitLine("[binance] error undecodable frame", 5_000));
            assertNotNull(log.awaitLine("[binance:ETHUSDT] state LIVE -> STALE (STALE)", 5_000));
        }
    }

    private void onLine(final BinanceFeed feed, final RecordedLine line)
    {
        final byte[] bytes = Arrays.copyOfRange(line.buffer(), line.offset(), line.offset() + line.length());
        if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
        {
            snapshot = bytes;
        }
        else
        {
            send(feed, bytes);
        }
        answerSnapshotRequest(feed);
    }

    private void send(final BinanceFeed feed, final String frame)
    {
        send(feed, frame.getBytes(StandardCharsets.US_ASCII));
    }

    private void send(final BinanceFeed feed, final byte[] frame)
    {
        final boolean routed = router.route(frame, 0, frame.length);
        final long nowNs = System.nanoTime();
        live.gate().onFrame(CONNECTION, router, routed, frame, 0, frame.length, nowNs, 0);
        feed.poll(nowNs);
    }

    /** Play the REST thread: answer a request once the recording has reached its snapshot. */
    private void answerSnapshotRequest(final BinanceFeed feed)
    {
        if (null == snapshot || live.snapshotRequests().size() == 0)
        {
            return;
        }
        live.snapshotRequests().drain((request) -> { }, 1);
        final SnapshotResponse response = live.snapshotResponses().claim();
        response.symbolIndex = 0;
        response.ok = true;
        snapshotDecoder.decode(0, snapshot, 0, snapshot.length, response.snapshot);
        live.snapshotResponses().publish(response);
        snapshotsAnswered++;
        feed.poll(System.nanoTime());
    }
}
