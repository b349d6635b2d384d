package dev.spindle.engine.testing;

import java.lang.management.ManagementFactory;

import com.sun.management.ThreadMXBean;

/**
 * Heap bytes allocated by the current thread, for zero-allocation tests.
 */
public final class Allocations
{
    private static final ThreadMXBean THREADS = (ThreadMXBean)ManagementFactory.getThreadMXBean();

    private Allocations()
    {
    }

    /**
     * @param task work to measure, run on the calling thread.
     * @return bytes the calling thread allocated while running it.
     */
    public static long bytesAllocatedBy(final Runnable task)
    {
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        task.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
