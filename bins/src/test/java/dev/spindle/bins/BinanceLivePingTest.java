package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.tools.sim.binance.BinanceSimConfig;

/**
 * The live handler keeps a connection the venue pings often and cuts when a pong is late. The faults (gaps,
 * disconnects, rollovers, rate limits, stalls, ...) are rows of {@link BinanceFaultMatrixTest}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class BinanceLivePingTest
{
    private static final String SYMBOL = "btcusdt";

    @Test
    void shouldAnswerPingsSoTheVenueKeepsTheConnection() throws Exception
    {
        final BinanceSimConfig sim = BinanceSimConfig.builder().synthetic(List.of(SYMBOL), 200, 7, 20)
            .pingInterval(Duration.ofMillis(200))
            .pongTimeout(Duration.ofMillis(1_000))
            .build();
        try (LiveHarness h = LiveHarness.start(sim, List.of(SYMBOL), (b) -> { }, null))
        {
            h.awaitState(SYMBOL, BookState.LIVE, 20_000);
            LiveHarness.await(() -> h.sim.counters().pingsSent() >= 10, 10_000, () -> "too few pings");

            assertEquals(0, h.sim.counters().pongTimeouts());
            assertEquals(1, h.sim.counters().connectionsOpened());
            assertEquals(0, h.wsCounters().get(Counter.RECONNECTS));
        }
    }
}
