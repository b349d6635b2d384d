package dev.spindle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.agrona.concurrent.CachedNanoClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.MetricsRegistry;
import dev.spindle.engine.testing.LogCapture;

@Timeout(30)
class EngineTest
{
    private final MetricsRegistry metrics = new MetricsRegistry();
    private LogCapture capture;

    @BeforeEach
    void startLog()
    {
        capture = LogCapture.start();
    }

    @AfterEach
    void closeLog()
    {
        capture.close();
    }

    private EngineConfig config()
    {
        return new EngineConfig().name("engine").idleStrategy("sleep").eventLog(capture.log()).metrics(metrics);
    }

    @Test
    void shouldKeepPollingEveryHandlerWhenOneThrows() throws InterruptedException
    {
        final RecordingHandler failing = new RecordingHandler("failing", 3);
        final RecordingHandler healthy = new RecordingHandler("healthy");
        try (Engine engine = Engine.start(config(), failing, healthy))
        {
            awaitPolls(failing, 10);
            awaitPolls(healthy, 10);
            assertTrue(engine.isRunning());
        }

        assertEquals(3, failing.errors.size());
        assertEquals("boom 1", failing.errors.get(0).getMessage());
        assertEquals(3, metrics.counters("failing").get(Counter.HANDLER_ERRORS));
        assertEquals(0, metrics.counters("healthy").get(Counter.HANDLER_ERRORS));
        assertTrue(healthy.errors.isEmpty());
        capture.close();
        final List<String> errorLines = capture.linesContaining("ERROR [failing] error poll failed:");
        assertEquals(3, errorLines.size());
        assertTrue(errorLines.get(0).endsWith("java.lang.IllegalStateException: boom 1 errors=1"), errorLines.get(0));
    }

    @Test
    void shouldGiveEveryHandlerTheSameClockReadingInACycle() throws InterruptedException
    {
        final CachedNanoClock clock = new CachedNanoClock();
        clock.update(42_000);
        final RecordingHandler first = new RecordingHandler("first");
        final RecordingHandler second = new RecordingHandler("second");
        try (Engine engine = Engine.start(config().nanoClock(clock), first, second))
        {
            awaitPolls(second, 3);
            assertTrue(engine.isRunning());
            assertEquals(42_000, first.lastNowNs.get());
            assertEquals(42_000, second.lastNowNs.get());
            clock.update(43_000);
            final long polled = second.polls.get();
            awaitPolls(second, polled + 3);
            assertEquals(43_000, second.lastNowNs.get());
        }
    }

    @Test
    void shouldCloseIdempotentlyJoiningTheThreadAndClosingEachHandlerOnce() throws InterruptedException
    {
        final RecordingHandler handler = new RecordingHandler("feed");
        final Engine engine = Engine.start(config().name("engine-x"), handler);
        awaitPolls(handler, 1);
        engine.close();
        assertFalse(engine.isRunning());
        engine.close();

        assertEquals(1, handler.starts.get());
        assertEquals(1, handler.closes.get());
        assertEquals(List.of("engine-x", "engine-x"), handler.threads);
        capture.close();
        assertEquals(1, capture.linesContaining("[engine-x] started idle=sleep cpu=none handlers=1").size());
        assertEquals(1, capture.linesContaining("[engine-x] stopped handlers=1").size());
    }

    @Test
    void shouldUseAlmostNoCpuWhenIdleWithTheSleepStrategy() throws InterruptedException
    {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Engine engine = Engine.start(config(), new RecordingHandler("idle")))
        {
            Thread.sleep(100);
            final long cpuBeforeNs = threads.getThreadCpuTime(engine.threadId());
            final long wallBeforeNs = System.nanoTime();
            Thread.sleep(1_000);
            final long cpuNs = threads.getThreadCpuTime(engine.threadId()) - cpuBeforeNs;
            final long wallNs = System.nanoTime() - wallBeforeNs;
            assertTrue(cpuNs < wallNs / 10, "engine thread used " + cpuNs / 1_000_000 + " ms CPU in " +
                wallNs / 1_000_000 + " ms idle");
        }
    }

    @Test
    void shouldRejectACpuThatDoesNotExistNamingTheValidOnes()
    {
        final String valid = CpuAffinity.describe(CpuAffinity.pinnableCpus());
        for (final int cpu : new int[]{4096, -5})
        {
            final IllegalArgumentException ex = assertThrows(
                IllegalArgumentException.class, () -> Engine.start(config().cpu(cpu), new RecordingHandler("h")));
            assertEquals("cpu " + cpu + " does not exist or is not online: valid cpus are " + valid,
                ex.getMessage());
        }
    }

    @Test
    void shouldPinTheEngineThreadToTheRequestedCpuAndLogTheCpuHeld() throws InterruptedException
    {
        final int cpu = CpuAffinity.availableCpus().nextSetBit(0);
        final RecordingHandler handler = new RecordingHandler("h");
        try (Engine engine = Engine.start(config().cpu(cpu), handler))
        {
            awaitPolls(handler, 1);
            assertEquals(cpu, engine.heldCpu());
        }
        capture.close();
        assertEquals(1, capture.linesContaining(
            "[engine] started idle=sleep cpu=" + cpu + " held_cpu=" + cpu + " held_mask=" + cpu + " handlers=1").size());
    }

    @Test
    void shouldRejectAnUnknownIdleStrategyNamingTheValidOnes()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> Engine.start(config().idleStrategy("nap"), new RecordingHandler("h")));
        assertEquals("unknown idle strategy 'nap': valid names are spin, yield, backoff, sleep", ex.getMessage());
    }

    @Test
    void shouldRejectDuplicateHandlerNamesAndMissingHandlers()
    {
        assertThrows(IllegalArgumentException.class,
            () -> Engine.start(config(), new RecordingHandler("h"), new RecordingHandler("h")));
        assertThrows(IllegalArgumentException.class, () -> Engine.start(config()));
    }

    @Test
    void shouldFailStartWhenAHandlerFailsToStartAndCloseTheStartedHandlers()
    {
        final RecordingHandler first = new RecordingHandler("first");
        final RecordingHandler broken = new RecordingHandler("broken")
        {
            @Override
            public void onStart()
            {
                super.onStart();
                throw new IllegalStateException("no route to venue");
            }
        };
        final RecordingHandler never = new RecordingHandler("never");

        final IllegalStateException ex =
            assertThrows(IllegalStateException.class, () -> Engine.start(config(), first, broken, never));
        assertEquals("engine failed to start: no route to venue", ex.getMessage());
        assertEquals(1, first.closes.get());
        assertEquals(1, broken.closes.get());
        assertEquals(0, never.starts.get());
        assertEquals(0, never.closes.get());
        assertEquals(0, first.polls.get());
    }

    @Test
    void shouldBoundCloseWhenAHandlerIsStuckAndCloseOnceItIsFreed() throws InterruptedException
    {
        final Object gate = new Object();
        final boolean[] stuck = {true};
        final RecordingHandler handler = new RecordingHandler("stuck")
        {
            @Override
            public int poll(final long nowNs)
            {
                super.poll(nowNs);
                synchronized (gate)
                {
                    while (stuck[0])
                    {
                        try
                        {
                            gate.wait();
                        }
                        catch (final InterruptedException ignore)
                        {
                            // simulates a handler that ignores interrupts
                        }
                    }
                }
                return 0;
            }
        };
        final Engine engine = Engine.start(config().closeTimeoutMs(200), handler);
        awaitPolls(handler, 1);

        final long startNs = System.nanoTime();
        final IllegalStateException ex = assertThrows(IllegalStateException.class, engine::close);
        assertTrue((System.nanoTime() - startNs) / 1_000_000 < 2_000);
        assertEquals("engine thread 'engine' did not stop within 200 ms", ex.getMessage());
        assertEquals(0, handler.closes.get());

        synchronized (gate)
        {
            stuck[0] = false;
            gate.notifyAll();
        }
        engine.close();
        assertFalse(engine.isRunning());
        assertEquals(1, handler.closes.get());
    }

    @Test
    void shouldMakeIdleStrategiesByName()
    {
        assertInstanceOf(org.agrona.concurrent.BusySpinIdleStrategy.class, IdleStrategies.byName("spin"));
        assertInstanceOf(org.agrona.concurrent.YieldingIdleStrategy.class, IdleStrategies.byName("yield"));
        assertInstanceOf(org.agrona.concurrent.BackoffIdleStrategy.class, IdleStrategies.byName("backoff"));
        assertInstanceOf(org.agrona.concurrent.SleepingMillisIdleStrategy.class, IdleStrategies.byName("sleep"));
    }

    private static void awaitPolls(final RecordingHandler handler, final long polls) throws InterruptedException
    {
        while (handler.polls.get() < polls)
        {
            Thread.sleep(1);
        }
    }
}
