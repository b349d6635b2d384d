package dev.spindle.hyperliquid.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.metrics.MetricsRegistry;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.SubscriptionType;

/**
 * The engine side alone, on the test thread: the real Hyperliquid capture (25 s of BTC: 46 l2Book frames, the
 * first twice, and 9 trades frames, the first the 30-trade replay) passes through the pipe and the feed as the
 * reader and engine threads would see it; then a reconnect, a malformed frame and a stale feed.
 */
class HyperliquidFeedTest
{
    private static final int CONNECTION = 1;

    private final MetricsRegistry metrics = new MetricsRegistry();
    private final List<String> tapped = new ArrayList<>();
    private HyperliquidLive live;
    private FrameRouter router;

    @Test
    void shouldKeepTheBookDedupeTradesAndIsolateBadFramesOnTheEngineThread() throws Exception
    {
        final HyperliquidLiveConfig config = HyperliquidLiveConfig.builder()
            .coins(List.of("BTC", "ETH"))
            .wsUrl("ws://127.0.0.1:1/ws")
            .build();
        try (LogCapture log = LogCapture.start())
        {
            live = HyperliquidLive.create(config, new EngineConfig().eventLog(log.log()).metrics(metrics),
                (thread) -> new RecordingProducer(tapped));
            final HyperliquidFeed feed = live.feed();
            final CoinTable coins = new CoinTable();
            coins.add("BTC");
            coins.add("ETH");
            router = new FrameRouter(coins);
            live.pipe().current(CONNECTION);
            feed.onStart();

            final List<byte[]> frames = new ArrayList<>();
            HftbacktestRecording.read(List.of(TestData.require("hyperliquid/btcusd_20250126.gz")),
                ReadOptions.STRICT, (line) -> frames.add(
                    Arrays.copyOfRange(line.buffer(), line.offset(), line.offset() + line.length())));
            send(feed, "Websocket connection established.");
            for (final byte[] frame : frames)
            {
                send(feed, frame);
            }

            final TopOfBook top = new TopOfBook();
            feed.readTop(0, top);
            final Counters btc = metrics.counters("hyperliquid:BTC");
            assertEquals(BookState.LIVE, top.state());
            assertEquals(1, btc.get(Counter.SNAPSHOTS));
            assertEquals(45, btc.get(Counter.DIFFS_APPLIED), "the first load and 44 diffs");
            assertEquals(1, btc.get(Counter.DIFFS_IGNORED), "the repeated first book has the same time");
            assertEquals(64, btc.get(Counter.TRADES));
            assertEquals(0, btc.get(Counter.DUPLICATE_TRADES));
            assertEquals(55, tapped.size(), "every l2Book and trades frame, none else");
            assertEquals(46, tapped.stream().filter((l) -> l.startsWith("0 L2_BOOK {")).count());
            assertEquals(9, tapped.stream().filter((l) -> l.startsWith("0 TRADES {")).count());
            final BookCopy copy = new BookCopy(64);
            final boolean[] copied = new boolean[1];
            final Thread reader = new Thread(() -> copied[0] = feed.copyBook("BTC", copy, 5_000));
            reader.start();
            while (reader.isAlive())
            {
                feed.poll(System.nanoTime());
            }
            assertTrue(copied[0], "the engine side served the copy between two frames");
            assertEquals(20, copy.depth(Side.BID));
            assertEquals(20, copy.depth(Side.ASK));
            assertEquals(top.lastUpdateId(), copy.lastUpdateId());

            send(feed, "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":");
            assertEquals(1, metrics.counters("hyperliquid").get(Counter.DECODE_ERRORS));
            feed.readTop(0, top);
            assertEquals(BookState.LIVE, top.state(), "a bad frame must not break the book");

            // A reconnect: RESYNCING until the re-subscription's book; the replayed trades are recognised.
            assertTrue(live.pipe().publishNotice(InboundFrame.DISCONNECTED, System.nanoTime(), 0));
            feed.poll(System.nanoTime());
            feed.readTop(0, top);
            assertEquals(BookState.RESYNCING, top.state());
            live.pipe().current(CONNECTION + 1);
            send(feed, frames.get(0), CONNECTION, true);
            assertEquals(56, tapped.size(), "the malformed frame was captured as received; a retired connection's " +
                "frame is refused");
            byte[] lastBook = null;
            byte[] firstTrades = null;
            for (final byte[] frame : frames)
            {
                final String text = new String(frame, StandardCharsets.UTF_8);
                lastBook = text.contains("\"l2Book\"") ? frame : lastBook;
                firstTrades = null == firstTrades && text.contains("\"trades\"") ? frame : firstTrades;
            }
            send(feed, lastBook, CONNECTION + 1, false);
            send(feed, firstTrades, CONNECTION + 1, false);
            feed.readTop(0, top);
            assertEquals(BookState.LIVE, top.state());
            assertEquals(2, btc.get(Counter.SNAPSHOTS), "the book after a reconnect is loaded, not diffed");
            assertEquals(30, btc.get(Counter.DUPLICATE_TRADES));
            assertEquals(64, btc.get(Counter.TRADES));
            assertEquals(1, btc.get(Counter.RESYNCS));

            assertTrue(live.pipe().publishNotice(InboundFrame.STALE, System.nanoTime(), 0));
            feed.poll(System.nanoTime());
            feed.readTop(0, top);
            assertEquals(BookState.STALE, top.state());
            assertEquals(1, btc.get(Counter.STALE));
            feed.readTop(1, top);
            assertEquals(BookState.STALE, top.state(), "a silent connection makes every book stale");
            assertEquals("-", top.bidPriceText(), "ETH never had a book");

            feed.onClose();
            live.close();
            assertNotNull(log.awaitLine("[hyperliquid] error undecodable frame", 5_000));
            assertNotNull(log.awaitLine("[hyperliquid:BTC] state SYNCING -> LIVE (SNAPSHOT_LOADED)", 5_000));
            assertNotNull(log.awaitLine("[hyperliquid:BTC] state LIVE -> RESYNCING (DISCONNECTED)", 5_000));
            assertNotNull(log.awaitLine("[hyperliquid:BTC] state RESYNCING -> LIVE (SNAPSHOT_LOADED)", 5_000));
            assertNotNull(log.awaitLine("[hyperliquid:BTC] state LIVE -> STALE (STALE)", 5_000));
        }
    }

    private void send(final HyperliquidFeed feed, final String frame)
    {
        send(feed, frame.getBytes(StandardCharsets.UTF_8), CONNECTION, false);
    }

    private void send(final HyperliquidFeed feed, final byte[] frame)
    {
        send(feed, frame, CONNECTION, false);
    }

    private void send(final HyperliquidFeed feed, final byte[] frame, final int connection, final boolean refused)
    {
        final boolean routed = router.route(frame, 0, frame.length);
        final long nowNs = System.nanoTime();
        assertEquals(!refused, live.pipe().onFrame(connection, router, routed, frame, 0, frame.length, nowNs, 0));
        feed.poll(nowNs);
    }

    private static final class RecordingProducer implements HyperliquidTap.Producer
    {
        private final List<String> lines;

        RecordingProducer(final List<String> lines)
        {
            this.lines = lines;
        }

        @Override
        public boolean frame(
            final int coinIndex,
            final SubscriptionType channel,
            final long recvEpochNs,
            final byte[] buf,
            final int offset,
            final int length)
        {
            lines.add(coinIndex + " " + channel + " " + new String(buf, offset, length, StandardCharsets.UTF_8));
            return true;
        }

        @Override
        public boolean reconnect(final int coinIndex, final long epochNs, final CharSequence detail)
        {
            return true;
        }

        @Override
        public void close()
        {
        }
    }
}
