package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BinanceSimConnectionTest
{
    private static BinanceSimConfig.Builder synthetic()
    {
        return BinanceSimConfig.builder().synthetic(List.of("btcusdt"), 50, 7, 10);
    }

    @Test
    void shouldSendPingsAndDisconnectAClientThatNeverPongs() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic()
                .pingInterval(Duration.ofMillis(200)).pongTimeout(Duration.ofMillis(700)).build());
            RawWsClient client = RawWsClient.connect(sim.wsUrl(), "/ws/btcusdt@trade"))
        {
            assertEquals(101, client.status());
            int pings = 0;
            RawWsClient.Frame frame;
            while ((frame = client.read(5_000)) != null && frame.opcode() != RawWsClient.CLOSE)
            {
                if (frame.opcode() == RawWsClient.PING)
                {
                    pings++;
                    assertTrue(frame.payload().length > 0, "pings carry a payload the pong must echo");
                }
            }
            assertNotNull(frame, "the server says why it closes");
            assertEquals(1008, frame.closeCode());
            assertTrue(pings >= 2, "pings before the timeout: " + pings);
            assertEquals(1, sim.counters().pongTimeouts());
        }
    }

    @Test
    void shouldKeepAClientThatAnswersPings() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic()
                .pingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofSeconds(1)).build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@bookTicker"))
        {
            // Run well past the pong timeout: only pongs that echo the pings keep the connection.
            final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (client.pings() < 25 && System.nanoTime() < deadline)
            {
                client.poll(100);
            }
            assertTrue(client.pings() >= 25, "pings received: " + client.pings());
            assertFalse(client.isClosed(), "closed: " + client.closeReason());
            assertEquals(0, sim.counters().pongTimeouts());
        }
    }

    @Test
    void shouldSendServerShutdownThenCloseAfterTheGrace() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().shutdownGrace(Duration.ofSeconds(1)).build());
            WsTestClient combined = WsTestClient.connect(sim.wsUrl() + "/stream");
            WsTestClient raw = WsTestClient.connect(sim.wsUrl() + "/ws"))
        {
            awaitOpen(sim, 2);
            sim.serverShutdown();
            final String wrapped = combined.next(5_000);
            assertTrue(wrapped.matches("\\{\"stream\":\"!serverShutdown\",\"data\":\\{\"e\":\"serverShutdown\"," +
                "\"E\":[0-9]+}}"), wrapped);
            assertTrue(raw.next(5_000).matches("\\{\"e\":\"serverShutdown\",\"E\":[0-9]+}"));
            assertFalse(combined.isClosed(), "the close waits for the grace period");
            assertEquals(1001, combined.awaitClose(5_000));
            assertEquals(1001, raw.awaitClose(5_000));

            try (WsTestClient after = WsTestClient.connect(sim.wsUrl() + "/ws"))
            {
                after.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":9}");
                assertEquals("{\"result\":[],\"id\":9}", after.next(5_000));
            }
        }
    }

    @Test
    void shouldCloseAtTheMaximumLifetimeAndServeTheReconnect() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic()
                .maxConnectionLifetime(Duration.ofMillis(600)).build()))
        {
            try (WsTestClient first = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@depth@100ms"))
            {
                first.next(5_000);
                assertEquals(1001, first.awaitClose(5_000));
            }
            assertEquals(1, sim.counters().lifetimeCloses());
            try (WsTestClient again = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@depth@100ms"))
            {
                assertTrue(again.next(5_000).startsWith("{\"e\":\"depthUpdate\""));
            }
        }
    }

    @Test
    void shouldDropConnectionsWithoutACloseFrameOnDisconnect() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().build());
            RawWsClient client = RawWsClient.connect(sim.wsUrl(), "/ws/btcusdt@depth@100ms"))
        {
            client.nextText(5_000);
            sim.disconnectAll();
            RawWsClient.Frame frame;
            while ((frame = client.read(5_000)) != null)
            {
                assertNotEquals(RawWsClient.CLOSE, frame.opcode(), "an abrupt disconnect sends no close frame");
            }
        }
    }

    @Test
    void shouldCloseWithTheGivenCode() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@trade"))
        {
            awaitOpen(sim, 1);
            sim.closeAll(4000, "maintenance");
            assertEquals(4000, client.awaitClose(5_000));
            assertEquals("maintenance", client.closeReason());
        }
    }

    @Test
    void shouldAnswerLiveControlMessages() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().synthetic(List.of("btcusdt"), 200, 7, 10)
                .build());
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws"))
        {
            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@depth@100ms\"],\"id\":1}");
            assertEquals("{\"result\":null,\"id\":1}", client.next(5_000));
            assertTrue(client.next(5_000).startsWith("{\"e\":\"depthUpdate\""), "raw payloads on /ws");

            client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":\"abc\"}");
            assertEquals("{\"result\":[\"btcusdt@depth@100ms\"],\"id\":\"abc\"}", nextReply(client));

            client.send("{\"method\":\"SET_PROPERTY\",\"params\":[\"combined\",true],\"id\":2}");
            assertEquals("{\"result\":null,\"id\":2}", nextReply(client));
            assertTrue(client.next(5_000).startsWith("{\"stream\":\"btcusdt@depth@100ms\",\"data\":"));
            client.send("{\"method\":\"GET_PROPERTY\",\"params\":[\"combined\"],\"id\":3}");
            assertEquals("{\"result\":true,\"id\":3}", nextReply(client));

            client.send("{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@depth@100ms\"],\"id\":4}");
            assertEquals("{\"result\":null,\"id\":4}", nextReply(client));
            assertNull(client.poll(500), "no frames after the unsubscribe reply");

            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"BTCUSDT@trade\"],\"id\":5}");
            assertTrue(client.next(5_000).startsWith("{\"code\":2,\"msg\":\"Invalid request"));
            client.send("{\"method\":\"NOPE\",\"id\":6}");
            assertTrue(client.next(5_000).matches("\\{\"code\":2,\"msg\":\".*unknown variant.*\",\"id\":6}"));
            client.send("{not json");
            assertTrue(client.next(5_000).startsWith("{\"code\":3,\"msg\":\"Invalid JSON"));
        }
    }

    @Test
    void shouldRefuseUnknownPathsAndStreamNames() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(synthetic().build()))
        {
            for (final String path : new String[] {"/foo", "/ws/BTCUSDT@trade", "/ws/btcusdt@nothing",
                "/stream?streams=btcusdt@trade&timeUnit=MICROSECOND"})
            {
                try (RawWsClient client = RawWsClient.connect(sim.wsUrl(), path))
                {
                    assertEquals(404, client.status(), path);
                }
            }
            assertEquals(4, sim.counters().handshakesRejected());
        }
    }

    @Test
    void shouldStopEveryThreadOnCloseAndRefuseHooksAfterwards() throws Exception
    {
        final BinanceSimulator sim = BinanceSimulator.start(synthetic().build());
        try (WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@trade"))
        {
            awaitOpen(sim, 1);
            sim.close();
            assertEquals(1001, client.awaitClose(5_000));
        }
        sim.close();
        assertThrows(IllegalStateException.class, sim::serverShutdown);
        final long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> left = simThreads();
        while (!left.isEmpty() && System.nanoTime() < deadline)
        {
            Thread.sleep(50);
            left = simThreads();
        }
        assertEquals(List.of(), left);
    }

    private static List<String> simThreads()
    {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(n -> n.startsWith("sim-binance") || n.startsWith("WebSocketSelector") ||
                n.startsWith("WebSocketWorker") || n.startsWith("HTTP-Dispatcher"))
            .toList();
    }

    private static String nextReply(final WsTestClient client) throws InterruptedException
    {
        while (true)
        {
            final String text = client.next(5_000);
            if (text.startsWith("{\"result\"") || text.startsWith("{\"code\""))
            {
                return text;
            }
        }
    }

    private static void awaitOpen(final BinanceSimulator sim, final int connections) throws InterruptedException
    {
        final long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sim.counters().connectionsOpen() < connections && System.nanoTime() < deadline)
        {
            Thread.sleep(10);
        }
        assertEquals(connections, sim.counters().connectionsOpen());
    }
}
