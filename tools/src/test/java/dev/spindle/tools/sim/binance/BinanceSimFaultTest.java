package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BinanceSimFaultTest
{
    private static BinanceSimConfig.Builder synthetic(final String... faults)
    {
        return BinanceSimConfig.builder().synthetic(List.of("btcusdt"), 200, 11, 10)
            .faults(FaultPlan.parse(List.of(faults)));
    }

    @Test
    void shouldHoldFramesDuringAStallAndDeliverThemAfterwardsWithoutLoss() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@depth@100ms"))
        {
            long lastU = JSON.parseObject(client.next(5_000)).getLongValue("u");
            sim.stall(2_000);
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
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("drop-every=5").build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@depth@100ms"))
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
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("disconnect-every=300ms").build());
            RawWsClient client = RawWsClient.connect(sim.wsUrl(), "/ws/btcusdt@trade"))
        {
            RawWsClient.Frame frame;
            do
            {
                frame = client.read(5_000);
            }
            while (frame != null && frame.opcode() != RawWsClient.CLOSE);
            assertNull(frame, "dropped without a close frame");
        }
    }

    @Test
    void shouldSendServerShutdownWhenScheduled() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic("shutdown-every=300ms")
                .shutdownGrace(Duration.ofMillis(100)).build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/stream"))
        {
            assertTrue(client.next(5_000).startsWith("{\"stream\":\"!serverShutdown\""));
            assertEquals(1001, client.awaitClose(5_000));
            assertTrue(sim.counters().serverShutdowns() >= 1);
        }
    }
}
