package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.tools.sim.binance.BinanceSimConfig;

/**
 * The live handler against the simulator's faults: each fault ends in a LIVE book equal to the venue's, and is
 * logged and counted. Synthetic market, one symbol.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
final class BinanceLiveFaultsTest
{
    private static final String SYMBOL = "btcusdt";
    private static final long LIVE_TIMEOUT_MS = 20_000;

    private static BinanceSimConfig.Builder synthetic()
    {
        return BinanceSimConfig.builder().synthetic(List.of(SYMBOL), 200, 7, 20);
    }

    @Test
    void shouldResyncAfterAGapInTheDepthChain() throws Exception
    {
        try (LiveHarness h = LiveHarness.start(synthetic().build(), List.of(SYMBOL), (b) -> { }, null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);
            h.assertBookMatchesSimulator(SYMBOL);

            h.sim.dropNextDepth(SYMBOL);
            LiveHarness.await(() -> h.symbolCounters(SYMBOL).get(Counter.GAPS) == 1 &&
                h.symbolCounters(SYMBOL).get(Counter.SNAPSHOTS) == 2 && h.top(SYMBOL).state() == BookState.LIVE,
                LIVE_TIMEOUT_MS, () -> "no resync after the gap: " + h.top(SYMBOL));

            assertEquals(1, h.symbolCounters(SYMBOL).get(Counter.RESYNCS));
            h.assertBookMatchesSimulator(SYMBOL);
            h.log.awaitLine("[binance:BTCUSDT] gap expected=", 5_000);
            h.log.awaitLine("[binance:BTCUSDT] state LIVE -> RESYNCING (GAP)", 5_000);
            h.log.awaitLine("[binance:BTCUSDT] state RESYNCING -> LIVE (SYNCED)", 5_000);
        }
    }

    @Test
    void shouldReconnectAndResyncAfterTheConnectionDrops() throws Exception
    {
        try (LiveHarness h = LiveHarness.start(synthetic().build(), List.of(SYMBOL), (b) -> { }, null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);

            h.sim.disconnectAll();
            LiveHarness.await(() -> h.wsCounters().get(Counter.RECONNECTS) == 1 &&
                h.sim.counters().connectionsOpened() == 2 && h.top(SYMBOL).state() == BookState.LIVE &&
                h.symbolCounters(SYMBOL).get(Counter.DIFFS_APPLIED) > 0,
                LIVE_TIMEOUT_MS, () -> "no reconnect: " + h.top(SYMBOL));

            h.log.awaitLine("[binance:ws] disconnected connection 1", 5_000);
            h.log.awaitLine("[binance:ws] connected connection 2", 5_000);
            final long appliedBefore = h.symbolCounters(SYMBOL).get(Counter.DIFFS_APPLIED);
            LiveHarness.await(() -> h.symbolCounters(SYMBOL).get(Counter.DIFFS_APPLIED) > appliedBefore + 20,
                LIVE_TIMEOUT_MS, () -> "book stopped after the reconnect: " + h.top(SYMBOL));
            // Frames sent while disconnected are lost: the chain broke, the book was rebuilt, or nothing was missed.
            assertEquals(h.symbolCounters(SYMBOL).get(Counter.GAPS), h.symbolCounters(SYMBOL).get(Counter.RESYNCS));
            h.assertBookMatchesSimulator(SYMBOL);
        }
    }

    @Test
    void shouldRollOverOnServerShutdownWithoutLeavingLive() throws Exception
    {
        final BinanceSimConfig sim = synthetic().shutdownGrace(Duration.ofSeconds(2)).build();
        try (LiveHarness h = LiveHarness.start(sim, List.of(SYMBOL), (b) -> { }, null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);

            h.sim.serverShutdown();
            h.log.awaitLine("rollover done (serverShutdown)", 10_000);
            // Past the grace period the simulator has closed the old connection; the new one carries on.
            Thread.sleep(2_500);
            assertEquals(2, h.sim.counters().connectionsOpened());
            assertEquals(1, h.sim.counters().connectionsOpen());
            assertStayedLive(h);
            assertEquals(1, h.wsCounters().get(Counter.RECONNECTS));
            assertTrue(h.run.live().duplicateFrames() > 0, "the connections never overlapped");
            h.assertBookMatchesSimulator(SYMBOL);
        }
    }

    @Test
    void shouldRollOverBeforeTheConnectionAgeLimitWithoutLeavingLive() throws Exception
    {
        final BinanceSimConfig sim = synthetic().maxConnectionLifetime(Duration.ofSeconds(4)).build();
        try (LiveHarness h = LiveHarness.start(sim, List.of(SYMBOL), (b) -> b.maxConnectionAgeMs(1_500), null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);
            LiveHarness.await(() -> h.wsCounters().get(Counter.RECONNECTS) >= 3, 20_000,
                () -> "no rollovers: " + h.wsCounters().get(Counter.RECONNECTS));

            assertEquals(0, h.sim.counters().lifetimeCloses(), "the venue had to cut a connection");
            assertStayedLive(h);
            h.log.awaitLine("rollover done (connection age limit)", 5_000);
            h.assertBookMatchesSimulator(SYMBOL);
        }
    }

    @Test
    void shouldHonourRetryAfterWhenRateLimited() throws Exception
    {
        try (LiveHarness h = LiveHarness.start(synthetic().build(), List.of(SYMBOL), (b) -> { }, null))
        {
            // Queued before the first snapshot request, which comes once the first diff is buffered.
            h.sim.failNextRest(429, 2);
            final long startNs = System.nanoTime();
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);
            final long liveAfterMs = (System.nanoTime() - startNs) / 1_000_000L;

            assertTrue(liveAfterMs >= 2_000, "LIVE after " + liveAfterMs + " ms despite Retry-After: 2");
            assertEquals(2, h.sim.counters().restRequests(), "one refused request, one after Retry-After");
            assertEquals(1, h.sim.counters().restFailuresInjected());
            assertEquals(1, h.restCounters().get(Counter.SNAPSHOT_FAILURES));
            h.log.awaitLine("HTTP 429 (rate limited), pausing every REST request for 2000 ms", 5_000);
            h.assertBookMatchesSimulator(SYMBOL);
        }
    }

    @Test
    void shouldGoStaleWhenTheFeedStallsAndComeBackLive() throws Exception
    {
        try (LiveHarness h = LiveHarness.start(synthetic().build(), List.of(SYMBOL), (b) -> b.staleMs(500), null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);

            h.sim.stall(2_000);
            h.awaitState(SYMBOL, BookState.STALE, 5_000);
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);

            assertTrue(h.symbolCounters(SYMBOL).get(Counter.STALE) >= 1);
            assertTrue(h.wsCounters().get(Counter.RECONNECTS) >= 1);
            assertTrue(h.symbolCounters(SYMBOL).get(Counter.SNAPSHOTS) >= 2);
            h.log.awaitLine("[binance:BTCUSDT] state LIVE -> STALE (STALE)", 5_000);
            h.log.awaitLine("[binance:BTCUSDT] state STALE -> LIVE (SYNCED)", 5_000);
            h.assertBookMatchesSimulator(SYMBOL);
        }
    }

    @Test
    void shouldAnswerPingsSoTheVenueKeepsTheConnection() throws Exception
    {
        final BinanceSimConfig sim = synthetic()
            .pingInterval(Duration.ofMillis(200))
            .pongTimeout(Duration.ofMillis(1_000))
            .build();
        try (LiveHarness h = LiveHarness.start(sim, List.of(SYMBOL), (b) -> { }, null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);
            LiveHarness.await(() -> h.sim.counters().pingsSent() >= 10, 10_000, () -> "too few pings");

            assertEquals(0, h.sim.counters().pongTimeouts());
            assertEquals(1, h.sim.counters().connectionsOpened());
            assertEquals(0, h.wsCounters().get(Counter.RECONNECTS));
        }
    }

    private static void assertStayedLive(final LiveHarness h)
    {
        assertEquals(BookState.LIVE, h.top(SYMBOL).state());
        assertEquals(0, h.symbolCounters(SYMBOL).get(Counter.GAPS));
        assertEquals(0, h.symbolCounters(SYMBOL).get(Counter.RESYNCS));
        assertEquals(0, h.symbolCounters(SYMBOL).get(Counter.STALE));
        assertEquals(1, h.symbolCounters(SYMBOL).get(Counter.SNAPSHOTS));
        assertTrue(h.log.linesContaining("LIVE -> ").isEmpty(), () -> "left LIVE: " + h.log.linesContaining("LIVE ->"));
    }
}
