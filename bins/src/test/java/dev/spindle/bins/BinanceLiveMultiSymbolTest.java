package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.tools.sim.binance.BinanceSimConfig;

/** Several symbols on one connection and one engine thread: every book reaches LIVE and equals the venue's. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class BinanceLiveMultiSymbolTest
{
    private static final List<String> SYMBOLS = List.of("btcusdt", "ethusdt");

    @Test
    void shouldKeepEveryBookLiveAndEqualToTheVenue() throws Exception
    {
        final BinanceSimConfig sim = BinanceSimConfig.builder().synthetic(SYMBOLS, 150, 3, 30).build();
        try (LiveHarness h = LiveHarness.start(sim, SYMBOLS, (b) -> { }, null))
        {
            for (final String symbol : SYMBOLS)
            {
                h.awaitState(symbol, BookState.LIVE, 20_000);
            }
            for (int round = 0; round < 3; round++)
            {
                Thread.sleep(500);
                for (final String symbol : SYMBOLS)
                {
                    h.assertBookMatchesSimulator(symbol);
                }
            }
            assertEquals(1, h.sim.counters().connectionsOpened(), "one connection carries every symbol");
            for (final String symbol : SYMBOLS)
            {
                assertTrue(h.symbolCounters(symbol).get(Counter.DIFFS_APPLIED) > 50, symbol);
                assertTrue(h.symbolCounters(symbol).get(Counter.TRADES) > 0, symbol);
                assertEquals(0, h.symbolCounters(symbol).get(Counter.BOOK_MISMATCHES), symbol);
                assertEquals(0, h.symbolCounters(symbol).get(Counter.GAPS), symbol);
            }
        }
    }
}
