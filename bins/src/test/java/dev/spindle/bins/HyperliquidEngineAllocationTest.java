package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agrona.CloseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.sun.management.ThreadMXBean;

import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;

/**
 * The Hyperliquid engine thread allocates nothing in steady state: decoding l2Book and trades frames, deriving
 * diffs, judging trades, recording latency and publishing tops for two coins, measured with the JVM's per-thread
 * allocation counter. As in {@link BinanceEngineAllocationTest}, the JIT may allocate a few bytes while warming
 * up, so the assertion is that some window of live traffic allocates exactly zero.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
final class HyperliquidEngineAllocationTest
{
    private static final List<String> COINS = List.of("BTC", "ETH");
    private static final long WARM_UP_MS = 4_000;
    private static final long WINDOW_MS = 1_000;
    private static final int WINDOWS = 6;

    @Test
    void shouldNotAllocateOnTheEngineThreadInSteadyState() throws Exception
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final HyperliquidSimulator sim = HyperliquidSimulator.start(HyperliquidSimConfig.builder()
            .synthetic(COINS, 200, 11, 20).warnings((w) -> { }).build());
        final LogCapture log = LogCapture.start();
        HyperliquidRun run = null;
        try
        {
            run = HyperliquidRun.start(HyperliquidLiveConfig.builder().coins(COINS).wsUrl(sim.wsUrl())
                .pingIntervalMs(500).build(),
                new LiveRun.Settings(CpuAffinity.NO_CPU, "backoff", LogFormat.TEXT, null, 1_000, null, null),
                log.log());
            final HyperliquidRun job = run;
            LiveHarness.await(() -> live(job, 0) && live(job, 1), 20_000, () -> "books not LIVE");
            Thread.sleep(WARM_UP_MS);
            final long engineThread = run.engine().threadId();
            final Counters handler = run.metrics().counters("hyperliquid");
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
        finally
        {
            CloseHelper.closeAll(run, sim, log);
        }
    }

    private static boolean live(final HyperliquidRun run, final int index)
    {
        final TopOfBook top = new TopOfBook();
        run.feed().readTop(index, top);
        return top.state() == BookState.LIVE;
    }
}
