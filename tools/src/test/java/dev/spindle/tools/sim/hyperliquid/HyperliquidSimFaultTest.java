package dev.spindle.tools.sim.hyperliquid;

import static dev.spindle.tools.sim.hyperliquid.HlClient.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultSpec;

/**
 * Every Hyperliquid fault as a raw client sees it on the wire. The clock is frozen, so each {@code l2Book} frame's
 * {@code time} is the previous one's plus 1 ms: a gap, a repeat or a step back is visible in the times.
 */
@Timeout(60)
class HyperliquidSimFaultTest
{
    private static final int WINDOW = 200;
    private static HyperliquidSimulator sim;

    @BeforeAll
    static void start()
    {
        sim = HyperliquidSimulator.start(HyperliquidSimConfig.builder().synthetic(List.of("BTC"), 100, 5, 10)
            .clockMs(() -> 1_700_000_000_000L).build());
    }

    @AfterAll
    static void stop()
    {
        sim.close();
    }

    private static HlClient subscribed() throws Exception
    {
        final HlClient client = HlClient.connect(sim.wsUrl());
        client.send(subscribe("l2Book", "BTC"));
        String text;
        do
        {
            text = client.next(5_000);
        }
        while (!text.startsWith("{\"channel\":\"l2Book\""));
        return client;
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"DROP", "DUPLICATE", "SWAP", "MALFORMED", "TRUNCATED", "OVERSIZED"})
    void shouldChangeTheNextBookFrameOnTheWire(final Fault fault) throws Exception
    {
        try (HlClient client = subscribed())
        {
            final List<String> frames = new ArrayList<>();
            frames.add(client.next(5_000));
            final long before = sim.injected(fault);
            sim.inject(FaultSpec.now(fault));
            for (int i = 0; i < WINDOW && !seen(fault, frames); i++)
            {
                frames.add(client.next(5_000));
            }
            assertTrue(seen(fault, frames), () -> fault + " not seen in " + frames.size() + " frames, the first: " +
                frames.stream().limit(8).map(f -> f.length() > 200 ? f.substring(0, 100) + "..." +
                f.substring(f.length() - 100) : f).toList());
            assertEquals(before + 1, sim.injected(fault));
        }
    }

    private static boolean seen(final Fault fault, final List<String> frames)
    {
        final int n = frames.size();
        if (n < 2)
        {
            return false;
        }
        final String a = frames.get(n - 2);
        final String b = frames.get(n - 1);
        final boolean valid = JSON.isValid(a) && JSON.isValid(b);
        return switch (fault)
        {
            case DROP -> valid && time(b) == time(a) + 2;
            case DUPLICATE -> a.equals(b);
            case SWAP -> valid && time(a) == time(b) + 1;
            case MALFORMED -> !JSON.isValid(b) && b.endsWith(",]") && b.startsWith("{\"channel\":\"l2Book\"");
            case TRUNCATED -> !JSON.isValid(b) && !b.endsWith(",]") && b.startsWith("{\"channel\":\"l2Book\"") &&
                b.length() < a.length();
            case OVERSIZED -> valid && b.length() >= FaultSpec.DEFAULT_OVERSIZED_BYTES && time(b) == time(a) + 1;
            default -> false;
        };
    }

    private static long time(final String frame)
    {
        return JSON.parseObject(frame).getJSONObject("data").getLongValue("time");
    }

    @Test
    void shouldCloseWithTheGivenCode() throws Exception
    {
        try (HlClient client = subscribed())
        {
            sim.inject(FaultSpec.parse("close:4001"));
            assertEquals(4001, client.awaitClose(5_000));
        }
    }

    @Test
    void shouldDropTheConnectionWithoutACloseFrame() throws Exception
    {
        try (RawClient client = RawClient.connect(sim.wsUrl()))
        {
            client.send(subscribe("l2Book", "BTC"));
            assertEquals(RawClient.TEXT, client.read(5_000).opcode());
            sim.inject(FaultSpec.parse("disconnect"));
            RawClient.Frame frame;
            do
            {
                frame = client.read(5_000);
            }
            while (frame != null && frame.opcode() != RawClient.CLOSE);
            assertNull(frame, "dropped without a close frame");
        }
    }

    @Test
    void shouldSendNothingDuringAStall() throws Exception
    {
        try (HlClient client = subscribed())
        {
            sim.inject(FaultSpec.parse("stall:1500ms"));
            while (client.poll(100) != null)
            {
                // frames already in flight when the stall began
            }
            assertNull(client.poll(900), "nothing is sent while stalled");
            assertTrue(client.next(5_000).startsWith("{\"channel\":\"l2Book\""), "publishing resumes");
        }
    }

    @Test
    void shouldFailInfoRequestsWithTheGivenStatusAndRetryAfter() throws Exception
    {
        final String body = "{\"type\":\"l2Book\",\"coin\":\"BTC\"}";
        sim.inject(FaultSpec.parse("rest:429:3"));
        sim.inject(FaultSpec.parse("rest:500:0"));
        final HttpResponse<String> limited = HlClient.post(sim.infoUrl(), body);
        assertEquals(429, limited.statusCode());
        assertEquals("3", limited.headers().firstValue("Retry-After").orElseThrow());
        final HttpResponse<String> failed = HlClient.post(sim.infoUrl(), body);
        assertEquals(500, failed.statusCode());
        assertTrue(failed.headers().firstValue("Retry-After").isEmpty());
        assertEquals(200, HlClient.post(sim.infoUrl(), body).statusCode());
    }

    @Test
    void shouldRefuseFaultsHyperliquidHasNoEquivalentOf()
    {
        assertThrows(IllegalArgumentException.class, () -> sim.inject(FaultSpec.parse("shutdown")));
        assertThrows(IllegalArgumentException.class, () -> HyperliquidSimConfig.builder()
            .synthetic(List.of("BTC"), 10, 1, 5).faults(FaultSpec.parseAll("stale-snapshot")).build());
    }
}
