package dev.spindle.bins;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.book.BookState;
import dev.spindle.tools.sim.binance.BinanceSimConfig;

/**
 * The engine thread allocates nothing in steady state: decoding, syncing, verifying, recording latency and
 * publishing tops for two symbols at a steady frame rate, measured with the JVM's per-thread allocation counter.
 * See {@link EngineAllocation} for why some window, not every one, must allocate exactly zero.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
final class BinanceEngineAllocationTest
{
    private static final List<String> SYMBOLS = List.of("btcusdt", "ethusdt");

    @Test
    void shouldNotAllocateOnTheEngineThreadInSteadyState() throws Exception
    {
        final BinanceSimConfig sim = BinanceSimConfig.builder().synthetic(SYMBOLS, 300, 11, 40).build();
        try (LiveHarness h = LiveHarness.start(sim, SYMBOLS, (b) -> { }, null))
        {
            for (final String symbol : SYMBOLS)
            {
                h.awaitState(symbol, BookState.LIVE, 20_000);
            }
            EngineAllocation.assertSomeWindowAllocatesNothing(h.run, "binance");
        }
    }
}
