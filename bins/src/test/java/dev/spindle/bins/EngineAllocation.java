package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.ThreadMXBean;

import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;

/**
 * The steady-state allocation check both venues' engine allocation tests make, with the JVM's per-thread
 * allocation counter.
 * <p>
 * Code that allocated per frame would allocate in every window (hundreds of frames each). The JIT, however,
 * allocates a few dozen bytes on the running thread now and then while the process warms up (lazily resolved
 * string constants of freshly compiled methods), so the assertion is that some window of live traffic allocates
 * exactly zero.
 */
final class EngineAllocation
{
    private static final long WARM_UP_MS = 4_000;
    private static final long WINDOW_MS = 1_000;
    private static final int WINDOWS = 6;
    private static final int MIN_FRAMES_PER_WINDOW = 200;

    private EngineAllocation()
    {
    }

    /**
     * Warm up, then assert that some one-second window of live traffic allocates nothing on the engine thread.
     *
     * @param run     a run whose books are all LIVE.
     * @param handler the handler's counter source ({@code binance}, {@code hyperliquid}).
     * @throws InterruptedException if interrupted while sleeping.
     */
    static void assertSomeWindowAllocatesNothing(final VenueRun<?> run, final String handler)
        throws InterruptedException
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        Thread.sleep(WARM_UP_MS);
        final long engineThread = run.engine().threadId();
        final Counters counters = run.metrics().counters(handler);
        final List<String> windows = new ArrayList<>();
        boolean clean = false;
        for (int i = 0; i < WINDOWS && !clean; i++)
        {
            final long bytesBefore = threads.getThreadAllocatedBytes(engineThread);
            final long framesBefore = counters.get(Counter.MESSAGES);
            Thread.sleep(WINDOW_MS);
            final long bytes = threads.getThreadAllocatedBytes(engineThread) - bytesBefore;
            final long frames = counters.get(Counter.MESSAGES) - framesBefore;
            windows.add(frames + " frames: " + bytes + " bytes");
            assertTrue(frames > MIN_FRAMES_PER_WINDOW, "too few frames in a window: " + windows);
            clean = bytes == 0;
        }
        assertTrue(clean, "the engine thread allocated in every window: " + windows);
    }
}
