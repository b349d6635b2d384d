package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.sun.management.ThreadMXBean;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.tools.sim.binance.BinanceSimConfig;

/**
 * The engine thread allocates nothing in steady state: decoding, syncing, verifying, recording latency and
 * publishing tops for two symbols at a steady frame rate, measured with the JVM's per-thread allocation counter.
 * <p>
 * Code that allocated per frame would allocate in every window (500+ frames each). The JIT, however, allocates a
 * few dozen bytes on the running thread now and then while the process warms up (lazily resolved string constants
 * of freshly compiled methods), so the assertion is that some window of live traffic allocates exactly zero.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
final class BinanceEngineAllocationTest
{
    private static final List<String> SYMBOLS = List.of("btcusdt", "ethusdt");
    private static final long WARM_UP_MS = 4_000;
    private static final long WINDOW_MS = 1_000;
    private static final int WINDOWS = 6;

    @Test
    void shouldNotAllocateOnTheEngineThreadInSteadyState() throws Exception
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final BinanceSimConfig sim = BinanceSimConfig.builder().synthetic(SYMBOLS, 300, 11, 40).build();
        try (LiveHarness h = LiveHarness.start(sim, SYMBOLS, (b) -> { }, null))
        {
            for (final String symbol : SYMBOLS)
            {
                h.awaitState(symbol, BookState.LIVE, 20_000);
            }
            Thread.sleep(WARM_UP_MS);
            final long engineThread = h.run.engine().threadId();
            final Counters handler = h.run.metrics().counters("binance");
            final List<String> windows = new ArrayList<>();
            boolean clean = false;
            for (int i = 0; i < WINDOWS && !clean; i++)
            {
                final long bytesBefore = threads.getThreadAllocatedBytes(engineThread);
                final long framesBefore = handler.get(Counter.MESSAGES);
                Thread.sleep(WINDOW_MS);
                final long bytes = threads.getThreadAllocatedBytes(engineThread) - bytesBefore;
                final long frames = handler.get(Counter.MESSAGES) - framesBefore;
                windows.add(frames + " frames: " + bytes + " bytes");
                assertTrue(frames > 200, "too few frames in a window: " + windows);
                clean = bytes == 0;
            }
            assertTrue(clean, "the engine thread allocated in every window: " + windows);
        }
    }
}
