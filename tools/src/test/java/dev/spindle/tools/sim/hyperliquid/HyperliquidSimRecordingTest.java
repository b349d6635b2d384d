package dev.spindle.tools.sim.hyperliquid;

import static dev.spindle.tools.sim.hyperliquid.HlClient.subscribe;
import static dev.spindle.tools.sim.hyperliquid.HlClient.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.LineReader;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordingFiles;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.L2BookDecoder;
import dev.spindle.hyperliquid.codec.L2Snapshot;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;
import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.Level;

/** The simulator serving the real recordings, checked against the recordings read independently. */
@Timeout(120)
class HyperliquidSimRecordingTest
{
    private static final String LIVE = "hyperliquid/btcusd_20250126.gz";
    private static final String ARCHIVE = "hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz";

    private final CoinTable coins = new CoinTable();
    private final FrameDecoder decoder;

    HyperliquidSimRecordingTest()
    {
        coins.add("BTC");
        decoder = new FrameDecoder(coins, 20, 64);
    }

    private static HyperliquidSimulator serve(final Path file)
    {
        return HyperliquidSimulator.start(HyperliquidSimConfig.builder().recording(List.of(file)).maxSpeed()
            .awaitFirstSubscriber(true).build());
    }

    /** @return the recorded frames of {@code channel}, in order. */
    private static List<String> hftbacktestFrames(final Path file, final String channel)
    {
        final List<String> frames = new ArrayList<>();
        HftbacktestRecording.read(List.of(file), ReadOptions.STRICT, line ->
        {
            final String text = line.payloadString();
            if (text.startsWith("{\"channel\":\"" + channel + "\""))
            {
                frames.add(text);
            }
        });
        return frames;
    }

    @Test
    void shouldServeTheLiveCaptureBooksByteForByteAndAnswerInfoWithTheLastOne() throws Exception
    {
        final Path file = TestData.require(LIVE);
        final List<String> recorded = hftbacktestFrames(file, "l2Book");
        assertEquals(46, recorded.size());
        try (HyperliquidSimulator sim = serve(file); HlClient client = HlClient.connect(sim.wsUrl()))
        {
            client.send(subscribe("l2Book", "BTC"));
            assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(client.next(5_000)));
            for (int i = 0; i < recorded.size(); i++)
            {
                assertEquals(recorded.get(i), client.next(5_000), "book frame " + i);
            }
            assertTrue(sim.awaitSourceEnd(Duration.ofSeconds(10)));
            assertNull(client.poll(300), "nothing but the recording");

            final JSONObject lastData = JSON.parseObject(recorded.get(recorded.size() - 1)).getJSONObject("data");
            final var info = HlClient.post(sim.infoUrl(), "{\"type\":\"l2Book\",\"coin\":\"BTC\"}");
            assertEquals(200, info.statusCode());
            assertEquals(lastData.toJSONString(), info.body(), "the last published book, as sent");
            assertOracleIs(sim.book("BTC"), lastData);

            final L2Snapshot viaInfo = new L2Snapshot(20);
            final byte[] body = utf8(info.body());
            assertTrue(new L2BookDecoder(coins).decodeInfoBody(body, 0, body.length, viaInfo));
            assertEquals(FrameType.L2_BOOK, decode(recorded.get(recorded.size() - 1)));
            assertTrue(decoder.l2Book().bids().sameLevels(viaInfo.bids()) &&
                decoder.l2Book().asks().sameLevels(viaInfo.asks()));
        }
    }

    @Test
    void shouldAnswerInfoForUnknownCoinsAndBadRequestsAsTheVenue() throws Exception
    {
        try (HyperliquidSimulator sim = serve(TestData.require(LIVE)))
        {
            assertEquals("null", HlClient.post(sim.infoUrl(), "{\"type\":\"l2Book\",\"coin\":\"BTC\"}").body(),
                "no book published yet");
            final var unknown = HlClient.post(sim.infoUrl(), "{\"type\":\"l2Book\",\"coin\":\"DOGE\"}");
            assertEquals(200, unknown.statusCode());
            assertEquals("null", unknown.body());
            assertEquals(422, HlClient.post(sim.infoUrl(), "{\"type\":\"allMids\"}").statusCode());
            assertEquals(400, HlClient.post(sim.infoUrl(), "{type").statusCode());
            assertEquals(404, HlClient.post(sim.restUrl() + "/exchange", "{}").statusCode());
            assertEquals(5, sim.counters().infoRequests());
        }
    }

    @Test
    void shouldServeTheRecordedTradesAndReplayTheLastThirtyToALaterSubscriber() throws Exception
    {
        final Path file = TestData.require(LIVE);
        final List<String> recorded = hftbacktestFrames(file, "trades");
        assertEquals(9, recorded.size());
        final TradeDeduplicator dedupe = new TradeDeduplicator(coins.size(), 1024);
        try (HyperliquidSimulator sim = serve(file))
        {
            try (HlClient client = HlClient.connect(sim.wsUrl()))
            {
                client.send(subscribe("trades", "BTC"));
                assertEquals("{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\"," +
                    "\"subscription\":{\"type\":\"trades\",\"coin\":\"BTC\"}}}", client.next(5_000));
                for (int i = 0; i < recorded.size(); i++)
                {
                    final String frame = client.next(5_000);
                    assertEquals(recorded.get(i), frame, "trades frame " + i);
                    assertEquals(FrameType.TRADES, decode(frame));
                    dedupe.markDuplicates(decoder.trades());
                }
            }
            assertTrue(sim.awaitSourceEnd(Duration.ofSeconds(10)));
            assertEquals(64, dedupe.fresh());
            try (HlClient later = HlClient.connect(sim.wsUrl()))
            {
                later.send(subscribe("trades", "BTC"));
                assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(later.next(5_000)));
                final String replay = later.next(5_000);
                assertEquals(FrameType.TRADES, decode(replay));
                assertEquals(30, decoder.trades().count());
                assertEquals(lastTrades(recorded, 30), JSON.parseObject(replay).getJSONArray("data"));
                assertEquals(0, dedupe.markDuplicates(decoder.trades()), "every replayed trade was seen");
                assertNull(later.poll(300));
            }
        }
    }

    @Test
    void shouldServeTheArchiveHourSoThatTheKitsBookEndsOnTheOracle() throws Exception
    {
        final Path file = TestData.require(ARCHIVE);
        final List<String> raw = new ArrayList<>();
        final ArchiveLine archive = new ArchiveLine();
        try (LineReader reader = RecordingFiles.openLines(file))
        {
            while (reader.next())
            {
                archive.unwrap(reader.buffer(), reader.offset(), reader.length());
                raw.add(new String(reader.buffer(), archive.rawOffset(), archive.rawLength(), StandardCharsets.UTF_8));
            }
        }
        final L2SnapshotDiffer differ = new L2SnapshotDiffer(0, new L2Book(coins.instrument(0), 64),
            SnapshotListener.NO_OP);
        try (HyperliquidSimulator sim = serve(file); HlClient client = HlClient.connect(sim.wsUrl()))
        {
            client.send(subscribe("l2Book", "BTC"));
            assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(client.next(5_000)));
            for (int i = 0; i < raw.size(); i++)
            {
                final String frame = client.next(5_000);
                assertEquals(raw.get(i), frame, "archive frame " + i);
                assertEquals(FrameType.L2_BOOK, decode(frame));
                differ.onSnapshot(decoder.l2Book(), i);
            }
            final BookView oracle = sim.book("BTC");
            assertEquals(oracle.timeMs(), differ.lastTimeMs());
            for (final Side side : Side.values())
            {
                final List<Level> levels = side == Side.BID ? oracle.bids() : oracle.asks();
                assertEquals(levels.size(), differ.book().depth(side));
                for (int i = 0; i < levels.size(); i++)
                {
                    final Level level = levels.get(i);
                    assertEquals(level.px(), coins.instrument(0).priceToString(differ.book().priceAt(side, i)));
                    assertEquals(level.sz(), coins.instrument(0).qtyToString(differ.book().qtyAt(side, i)));
                    assertEquals(level.n(), differ.orderCount(side, i));
                }
            }
            assertEquals(536, differ.counters().identical());
        }
    }

    private FrameType decode(final String text)
    {
        final byte[] bytes = utf8(text);
        return decoder.decode(bytes, 0, bytes.length);
    }

    private static JSONArray lastTrades(final List<String> frames, final int count)
    {
        final JSONArray all = new JSONArray();
        for (final String frame : frames)
        {
            all.addAll(JSON.parseObject(frame).getJSONArray("data"));
        }
        return new JSONArray(all.subList(all.size() - count, all.size()));
    }

    private static void assertOracleIs(final BookView oracle, final JSONObject data)
    {
        assertEquals(data.getString("coin"), oracle.coin());
        assertEquals(data.getLongValue("time"), oracle.timeMs());
        final JSONArray levels = data.getJSONArray("levels");
        for (int s = 0; s < 2; s++)
        {
            final List<Level> side = s == 0 ? oracle.bids() : oracle.asks();
            final JSONArray recorded = levels.getJSONArray(s);
            assertEquals(recorded.size(), side.size());
            for (int i = 0; i < side.size(); i++)
            {
                final JSONObject level = recorded.getJSONObject(i);
                assertEquals(new Level(level.getString("px"), level.getString("sz"), level.getIntValue("n")),
                    side.get(i));
            }
        }
    }
}
