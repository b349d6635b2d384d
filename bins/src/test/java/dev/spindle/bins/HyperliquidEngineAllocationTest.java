package dev.spindle.bins;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agrona.CloseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;

/**
 * The Hyperliquid engine thread allocates nothing in steady state: decoding l2Book and trades frames, deriving
 * diffs, judging trades, recording latency and publishing tops for two coins, measured with the JVM's per-thread
 * allocation counter ({@link EngineAllocation}: some window of live traffic allocates exactly zero).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
final class HyperliquidEngineAllocationTest
{
    private static final List<String> COINS = List.of("BTC", "ETH");

    @Test
    void shouldNotAllocateOnTheEngineThreadInSteadyState() throws Exception
    {
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
            EngineAllocation.assertSomeWindowAllocatesNothing(run, "hyperliquid");
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
