package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.tools.sim.binance.book.Level;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultSpec;

/** Every fault as a raw client sees it on the wire. */
@Timeout(60)
class BinanceSimFaultTest
{
    private static final String DEPTH = "/ws/btcusdt@depth@100ms";
    private static final int WINDOW = 200;
    private static BinanceSimulator shared;

    @BeforeAll
    static void startShared()
    {
        shared = BinanceSimulator.start(synthetic().build());
    }

    @AfterAll
    static void stopShared()
    {
        shared.close();
    }

    private static BinanceSimConfig.Builder synthetic(final String... faults)
    {
        return BinanceSimConfig.builder().synthetic(List.of("btcusdt"), 200, 11, 10)
            .faults(FaultSpec.parseAll(List.of(faults)));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"DROP", "DUPLICATE", "SWAP", "MALFORMED", "TRUNCATED", "OVERSIZED"})
    void shouldChangeTheNextDepthEventOnTheWire(final Fault fault) throws Exception
    {
        try (WsTestClient client = WsTestClient.connect(shared.wsUrl() + DEPTH))
        {
            final List<String> frames = new ArrayList<>();
            frames.add(client.next(5_000));
            final long before = shared.injected(fault);
            shared.inject(FaultSpec.now(fault));
            for (int i = 0; i < WINDOW && !seen(fault, frames); i++)
            {
                frames.add(client.next(5_000));
            }
            assertTrue(seen(fault, frames), () -> fault + " not seen in " + frames.size() + " frames, the first: " +
                frames.stream().limit(8).map(f -> f.length() > 200 ? f.substring(0, 100) + "..." +
                f.substring(f.length() - 100) : f).toList());
            assertEquals(before + 1, shared.injected(fault));
        }
    }

    /** @return true once the last frames show {@code fault}. */
    private static boolean seen(final Fault fault, final List<String> frames)
    {
        final int n = frames.size();
        if (n < 2)
        {
            return false;
        }
        final String a = frames.get(n - 2);
        final String b = frames.get(n - 1);
        return switch (fault)
        {
            case DROP -> JSON.isValid(a) && JSON.isValid(b) && id(b, "U") > id(a, "u") + 1;
            case DUPLICATE -> a.equals(b);
            case SWAP -> JSON.isValid(a) && JSON.isValid(b) && id(a, "U") == id(b, "u") + 1;
            case MALFORMED -> !JSON.isValid(b) && b.endsWith(",]") && b.contains("\"u\":");
            case TRUNCATED -> !JSON.isValid(b) && !b.endsWith(",]") && b.startsWith("{\"e\":\"depthUpdate\"") &&
                a.length() > b.length();
            case OVERSIZED -> b.length() >= FaultSpec.DEFAULT_OVERSIZED_BYTES && JSON.isValid(b) &&
                JSON.parseObject(b).containsKey("pad") && id(b, "U") == id(a, "u") + 1;
            default -> false;
        };
    }

    private static long id(final String frame, final String key)
    {
        return JSON.parseObject(frame).getLongValue(key);
    }

    @Test
    void shouldCloseWithTheGivenCode() throws Exception
    {
        try (WsTestClient client = WsTestClient.connect(shared.wsUrl() + DEPTH))
        {
            client.next(5_000);
            shared.inject(FaultSpec.parse("close:4000"));
            assertEquals(4000, client.awaitClose(5_000));
        }
    }

    @Test
    void shouldServeASnapshotOlderThanTheStreamOnce() throws Exception
    {
        try (WsTestClient client = WsTestClient.connect(shared.wsUrl() + DEPTH))
        {
            final long firstU = id(client.next(5_000), "U");
            Thread.sleep(400);
            shared.inject(FaultSpec.parse("stale-snapshot:40"));
            final JSONObject staleBody = JSON.parseObject(Rest.depth(shared, "BTCUSDT", 100));
            final long stale = staleBody.getLongValue("lastUpdateId");
            final List<Level> staleBids = shared.bookAt("BTCUSDT", stale).top(100).bids();
            assertEquals(staleBids.get(0).price(), staleBody.getJSONArray("bids").getJSONArray(0).getString(0),
                "the stale body is the book at its lastUpdateId");
            final long fresh = JSON.parseObject(Rest.depth(shared, "BTCUSDT", 100)).getLongValue("lastUpdateId");
            assertTrue(stale < fresh - 30, "stale " + stale + " vs fresh " + fresh);
            assertTrue(stale >= firstU, "the stale book is one the stream passed through");
            assertEquals(1, shared.injected(Fault.STALE_SNAPSHOT));
        }
    }

    @Test
    void shouldHoldFramesDuringAStallAndDeliverThemAfterwardsWithoutLoss() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + DEPTH))
        {
            long lastU = JSON.parseObject(client.next(5_000)).getLongValue("u");
            sim.inject(FaultSpec.parse("stall:2s"));
            Thread.sleep(200);
            String inFlight;
            while ((inFlight = client.poll(100)) != null)
            {
                lastU = JSON.parseObject(inFlight).getLongValue("u");
            }
            assertNull(client.poll(700), "nothing is sent while stalled");
            final JSONObject resumed = JSON.parseObject(client.next(5_000));
            assertEquals(lastU + 1, resumed.getLongValue("U"), "frames due during the stall are not lost");
        }
    }

    @Test
    void shouldDropEveryNthDepthEventWhenScheduled() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("drop@5*").build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + DEPTH))
        {
            long previousU = JSON.parseObject(client.next(5_000)).getLongValue("u");
            int gaps = 0;
            for (int i = 0; i < 40; i++)
            {
                final JSONObject diff = JSON.parseObject(client.next(5_000));
                if (diff.getLongValue("U") != previousU + 1)
                {
                    gaps++;
                }
                previousU = diff.getLongValue("u");
            }
            assertTrue(gaps >= 8 && gaps <= 11, "one gap per four delivered diffs, got " + gaps);
        }
    }

    @Test
    void shouldDisconnectEveryoneWhenScheduled() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("disconnect@300ms*").build());
            RawWsClient client = RawWsClient.connect(sim.wsUrl(), "/ws/btcusdt@trade"))
        {
            RawWsClient.Frame frame;
            do
            {
                frame = client.read(5_000);
            }
            while (frame != null && frame.opcode() != RawWsClient.CLOSE);
            assertNull(frame, "dropped without a close frame");
            assertTrue(sim.injected(Fault.DISCONNECT) >= 1);
        }
    }

    @Test
    void shouldSendServerShutdownWhenScheduled() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("shutdown@300ms*")
                .shutdownGrace(Duration.ofMillis(100)).build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/stream"))
        {
            assertTrue(client.next(5_000).startsWith("{\"stream\":\"!serverShutdown\""));
            assertEquals(1001, client.awaitClose(5_000));
            assertTrue(sim.counters().serverShutdowns() >= 1);
        }
    }

    @Test
    void shouldFailTheNumberedRestRequestWithRetryAfter() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("rest:418:120").build()))
        {
            final var banned = Rest.get(sim.restUrl() + "/api/v3/ping");
            assertEquals(418, banned.statusCode());
            assertEquals("120", banned.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, Rest.get(sim.restUrl() + "/api/v3/ping").statusCode());
            assertEquals(1, sim.injected(Fault.REST));
        }
    }
}
