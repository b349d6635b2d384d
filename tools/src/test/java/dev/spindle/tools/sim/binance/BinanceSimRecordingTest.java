package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.testing.TestData;
import dev.spindle.tools.sim.binance.source.RecordedSource;
import dev.spindle.tools.sim.binance.source.SimFrame;

@Timeout(120)
class BinanceSimRecordingTest
{
    private static final String DEPTH = "ethusdt@depth@100ms";
    private static final String TICKER = "ethusdt@bookTicker";
    private static final long SNAPSHOT_ID = 35346513512L;

    private static Path day1()
    {
        return TestData.require("binance-spot/ethusdt_20240808.gz");
    }

    private static Path day2()
    {
        return TestData.require("binance-spot/ethusdt_20240809.gz");
    }

    @Test
    void shouldStartTheRecordedStreamRightAfterTheSnapshot()
    {
        final RecordedSource source = RecordedSource.hftbacktest(List.of(day1()), 0, w -> { });
        final SimFrame first = source.frames().get(0);
        assertEquals(SimFrame.Kind.DEPTH, first.kind());
        assertEquals(SNAPSHOT_ID + 1, first.firstUpdateId());
        assertEquals(0, first.sourceTimeNs());
        assertEquals(SNAPSHOT_ID, source.books().get("ETHUSDT").lastUpdateId());
        assertEquals(Set.of("ETHUSDT"), source.books().keySet());
    }

    @Test
    void shouldServeCombinedFramesByteIdenticalToTheRecording() throws Exception
    {
        final List<RecordingFixture.Recorded> expected =
            RecordingFixture.hftbacktest(List.of(day1())).served(Set.of(DEPTH, TICKER));
        try (BinanceSimulator sim = BinanceSimulator.start(BinanceSimConfig.builder()
                .recording(List.of(day1())).maxSpeed().awaitFirstSubscriber(true).build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/stream?streams=" + DEPTH + "/" + TICKER))
        {
            for (int i = 0; i < expected.size(); i++)
            {
                assertEquals(expected.get(i).line(), client.next(10_000), "frame " + i);
            }
            assertTrue(sim.awaitSourceEnd(Duration.ofSeconds(10)));
            assertNull(client.poll(300), "nothing after the last recorded frame");
            assertEquals(expected.size(), sim.counters().framesSent(DEPTH) + sim.counters().framesSent(TICKER));
        }
    }

    @Test
    void shouldServeBarePayloadsOnWsPath() throws Exception
    {
        final List<RecordingFixture.Recorded> expected =
            RecordingFixture.hftbacktest(List.of(day1())).served(Set.of(DEPTH)).subList(0, 300);
        try (BinanceSimulator sim = BinanceSimulator.start(BinanceSimConfig.builder()
                .recording(List.of(day1())).maxSpeed().awaitFirstSubscriber(true).build());
            RawWsClient client = RawWsClient.connect(sim.wsUrl(), "/ws/" + DEPTH))
        {
            assertEquals(101, client.status());
            for (int i = 0; i < expected.size(); i++)
            {
                final RawWsClient.Frame frame = client.read(10_000);
                assertEquals(RawWsClient.TEXT, frame.opcode());
                assertArrayEquals(expected.get(i).payload().getBytes(StandardCharsets.UTF_8), frame.payload(),
                    "payload " + i);
            }
            final JSONObject first = JSON.parseObject(expected.get(0).payload());
            assertTrue(first.getLongValue("U") <= SNAPSHOT_ID + 1 && SNAPSHOT_ID + 1 <= first.getLongValue("u"));
        }
    }

    @Test
    void shouldAnswerRestConsistentWithTheStreamPositionAcrossBothDays() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(BinanceSimConfig.builder()
                .recording(List.of(day1(), day2())).speed(100).awaitFirstSubscriber(true).build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/" + DEPTH))
        {
            final List<JSONObject> buffered = new ArrayList<>();
            for (int i = 0; i < 50; i++)
            {
                buffered.add(JSON.parseObject(client.next(5_000)));
            }
            final ClientBook book = new ClientBook(Rest.depth(sim, "ETHUSDT", 5000));
            assertFalse(sim.awaitSourceEnd(Duration.ZERO), "snapshot must be taken mid-stream");
            assertTrue(book.updateId() >= buffered.get(49).getLongValue("u"),
                "REST must not lag the frames already sent");
            for (final JSONObject diff : buffered)
            {
                book.apply(diff);
            }
            int compared = 0;
            while (!sim.awaitSourceEnd(Duration.ZERO) || book.updateId() < sim.bookAt("ETHUSDT").lastUpdateId())
            {
                if (book.apply(JSON.parseObject(client.next(10_000))) && book.applied() % 500 == 0)
                {
                    book.assertSameAs(sim.bookAt("ETHUSDT", book.updateId()), 1000);
                    compared++;
                }
            }
            book.assertSameAs(sim.bookAt("ETHUSDT"), 1000);
            assertTrue(compared >= 10, "compared mid-stream " + compared + " times");
            assertTrue(book.updateId() > 35346671850L, "the chain continued into the second file");
        }
    }
}
