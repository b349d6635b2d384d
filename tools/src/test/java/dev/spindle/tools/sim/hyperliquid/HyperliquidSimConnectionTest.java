package dev.spindle.tools.sim.hyperliquid;

import static dev.spindle.tools.sim.hyperliquid.HlClient.subscribe;
import static dev.spindle.tools.sim.hyperliquid.HlClient.unsubscribe;
import static dev.spindle.tools.sim.hyperliquid.HlClient.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;

@Timeout(60)
class HyperliquidSimConnectionTest
{
    private static final String BOOK_ACK = "{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\"," +
        "\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\",\"nSigFigs\":null,\"mantissa\":null}}}";

    private final CoinTable coins = new CoinTable();
    private final FrameDecoder decoder;

    HyperliquidSimConnectionTest()
    {
        coins.add("BTC");
        coins.add("kPEPE");
        decoder = new FrameDecoder(coins, 20, 64);
    }

    private static HyperliquidSimConfig.Builder synthetic()
    {
        return HyperliquidSimConfig.builder().synthetic(List.of("BTC", "kPEPE"), 20, 7, 20);
    }

    private FrameType decode(final String text)
    {
        final byte[] bytes = utf8(text);
        return decoder.decode(bytes, 0, bytes.length);
    }

    @Test
    void shouldGreetAcknowledgeAndServeTheCurrentBookThenPushes() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
            HlClient client = HlClient.connect(sim.wsUrl()))
        {
            client.send(subscribe("l2Book", "BTC"));
            assertEquals(BOOK_ACK, client.next(5_000));
            long lastTime = 0;
            for (int i = 0; i < 5; i++)
            {
                assertEquals(FrameType.L2_BOOK, decode(client.next(5_000)));
                assertEquals(0, decoder.l2Book().coinIndex(), "only the subscribed coin");
                assertEquals(20, decoder.l2Book().bids().count());
                assertEquals(20, decoder.l2Book().asks().count());
                assertTrue(decoder.l2Book().time() > lastTime, "times increase");
                lastTime = decoder.l2Book().time();
            }
            assertTrue(sim.book("BTC").timeMs() >= lastTime, "the oracle is never behind the client");
        }
    }

    @Test
    void shouldEchoAggregationAndRefuseInvalidAggregation() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
            HlClient client = HlClient.connect(sim.wsUrl()))
        {
            client.send("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"kPEPE\"," +
                "\"nSigFigs\":5,\"mantissa\":2}}");
            assertEquals("{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\",\"subscription\":" +
                "{\"type\":\"l2Book\",\"coin\":\"kPEPE\",\"nSigFigs\":5,\"mantissa\":2}}}", client.next(5_000));
            client.send("{\"method\":\"unsubscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"kPEPE\"," +
                "\"nSigFigs\":5,\"mantissa\":2}}");
            assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(nextNot(client, "l2Book")));
            assertFalse(decoder.subscriptionResponse().isSubscribe());
            assertEquals(5, decoder.subscriptionResponse().nSigFigs());
            for (final String bad : List.of("\"nSigFigs\":7", "\"nSigFigs\":4,\"mantissa\":2", "\"nSigFigs\":\"5\""))
            {
                client.send("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\"," + bad +
                    "}}");
                assertEquals(FrameType.ERROR, decode(nextNot(client, "l2Book")), bad);
            }
        }
    }

    @Test
    void shouldAnswerPingsErrorsAndRepeatsAndKeepTheConnection() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
            HlClient client = HlClient.connect(sim.wsUrl()))
        {
            client.send("{\"method\":\"ping\"}");
            assertEquals("{\"channel\":\"pong\"}", client.next(5_000));
            assertEquals(FrameType.PONG, decode("{\"channel\":\"pong\"}"));

            final String candle = "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"candle\",\"coin\":\"BTC\"," +
                "\"interval\":\"1m\"}}";
            for (final String bad : List.of(candle, "not json", "{\"method\":\"nope\"}", "{\"method\":\"subscribe\"}"))
            {
                client.send(bad);
                assertEquals(FrameType.ERROR, decode(client.next(5_000)), bad);
                assertEquals("Error parsing JSON into valid websocket request: " + bad, decoder.error().message()
                    .replace("\\\"", "\""));
            }
            client.send(subscribe("trades", "BTC"));
            assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(client.next(5_000)));
            client.send(subscribe("trades", "BTC"));
            assertEquals("Already subscribed: {\\\"type\\\":\\\"trades\\\",\\\"coin\\\":\\\"BTC\\\"}",
                errorAfterTrades(client));
            client.send(unsubscribe("trades", "BTC"));
            assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(nextNot(client, "trades")));
            client.send(unsubscribe("trades", "BTC"));
            assertEquals(FrameType.ERROR, decode(nextNot(client, "trades")));
            assertNull(client.poll(300), "nothing after the unsubscribe");
            client.send("{\"method\":\"ping\"}");
            assertEquals("{\"channel\":\"pong\"}", client.next(5_000));
            assertFalse(client.isClosed());
            assertEquals(6, sim.counters().errorsSent());
            assertEquals(2, sim.counters().pings());
        }
    }

    @Test
    void shouldReplayRecentTradesOnEverySubscribe() throws Exception
    {
        final TradeDeduplicator dedupe = new TradeDeduplicator(coins.size(), 1024);
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build()))
        {
            try (HlClient first = HlClient.connect(sim.wsUrl()))
            {
                first.send(subscribe("trades", "BTC"));
                assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(first.next(5_000)));
                assertEquals(FrameType.TRADES, decode(first.next(5_000)));
                assertEquals(30, decoder.trades().count(), "the replay of the 30 most recent trades");
                assertEquals(30, dedupe.markDuplicates(decoder.trades()));
                for (int i = 0; i < 3; i++)
                {
                    assertEquals(FrameType.TRADES, decode(first.next(5_000)));
                    dedupe.markDuplicates(decoder.trades());
                }
            }
            try (HlClient again = HlClient.connect(sim.wsUrl()))
            {
                again.send(subscribe("trades", "BTC"));
                assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode(again.next(5_000)));
                assertEquals(FrameType.TRADES, decode(again.next(5_000)));
                assertEquals(30, decoder.trades().count());
                final int fresh = dedupe.markDuplicates(decoder.trades());
                assertTrue(fresh < 30, "the reconnect's replay repeats trades already seen: " + fresh + " new");
                assertTrue(dedupe.duplicates() > 0);
            }
        }
    }

    @Test
    void shouldCloseWithoutAnyFrameOnAnUnknownCoin() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
            RawClient client = RawClient.connect(sim.wsUrl()))
        {
            assertEquals(FrameDecoder.GREETING, client.read(5_000).text());
            client.send(subscribe("l2Book", "KPEPE"));
            assertNull(client.read(5_000), "the socket is dropped: no data, no ack, no close frame");
            assertEquals(1, sim.counters().unknownCoinCloses());
        }
    }

    @Test
    void shouldCloseConnectionsWhoseClientIsSilent() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic()
                .idleTimeout(Duration.ofMillis(600)).build());
            HlClient silent = HlClient.connect(sim.wsUrl());
            HlClient pinging = HlClient.connect(sim.wsUrl()))
        {
            silent.send(subscribe("l2Book", "BTC"));
            final long deadline = System.nanoTime() + Duration.ofMillis(2_000).toNanos();
            while (System.nanoTime() < deadline)
            {
                pinging.send("{\"method\":\"ping\"}");
                Thread.sleep(150);
            }
            assertEquals(1000, silent.awaitClose(5_000));
            assertFalse(pinging.isClosed(), "a client that pings stays connected");
            assertEquals(1, sim.counters().idleCloses());
        }
    }

    @Test
    void shouldRefuseOtherPaths() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build()))
        {
            final ExecutionException ex = assertThrows(ExecutionException.class,
                () -> HlClient.connect(sim.wsUrl().replace("/ws", "/stream")));
            assertTrue(ex.getCause() instanceof java.net.http.WebSocketHandshakeException, ex.toString());
            assertEquals(1, sim.counters().handshakesRejected());
        }
    }

    @Test
    void shouldStallAndInjectFrames() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
            HlClient client = HlClient.connect(sim.wsUrl()))
        {
            client.send(subscribe("l2Book", "BTC"));
            assertEquals(BOOK_ACK, client.next(5_000));
            client.next(5_000);
            sim.stall(2_000);
            final long stalledAtNs = System.nanoTime();
            while (client.poll(200) != null)
            {
                // frames queued before the stall took effect
            }
            assertNull(client.poll(800), "nothing during the stall");
            assertTrue(System.nanoTime() - stalledAtNs < 2_000_000_000L, "the silence was the stall's");
            assertEquals(FrameType.L2_BOOK, decode(client.next(5_000)), "frames resume");

            sim.sendToAll("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\"");
            String malformed;
            while ((malformed = client.next(5_000)).endsWith("}}"))
            {
                // books published before the injected frame
            }
            assertEquals("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\"", malformed);
        }
    }

    @Test
    void shouldDropEveryConnectionWithoutACloseFrameOnDisconnect() throws Exception
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
            RawClient client = RawClient.connect(sim.wsUrl()))
        {
            assertEquals(FrameDecoder.GREETING, client.read(5_000).text());
            client.send(subscribe("l2Book", "BTC"));
            assertEquals(BOOK_ACK, client.read(5_000).text());
            sim.disconnectAll();
            RawClient.Frame frame;
            while ((frame = client.read(5_000)) != null)
            {
                assertEquals(RawClient.TEXT, frame.opcode(), "an abrupt disconnect sends no close frame");
            }
        }
    }

    @Test
    void shouldCloseIdempotently()
    {
        final HyperliquidSimulator sim = HyperliquidSimulator.start(synthetic().build());
        sim.close();
        sim.close();
        assertThrows(IllegalStateException.class, sim::disconnectAll);
    }

    private String nextNot(final HlClient client, final String channel) throws InterruptedException
    {
        String text;
        do
        {
            text = client.next(5_000);
        }
        while (text.startsWith("{\"channel\":\"" + channel + "\""));
        return text;
    }

    private String errorAfterTrades(final HlClient client) throws InterruptedException
    {
        assertEquals(FrameType.ERROR, decode(nextNot(client, "trades")));
        return decoder.error().message();
    }
}
