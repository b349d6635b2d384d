package dev.spindle.engine.testing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.ThreadMXBean;

/**
 * Heap bytes allocated by the current thread, for zero-allocation tests.
 */
public final class Allocations
{
    private static final ThreadMXBean THREADS = (ThreadMXBean)ManagementFactory.getThreadMXBean();
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 5;
    private static final int OVERHEAD_TRIES = 10;

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

    /**
     * @return bytes that reading the allocation counter itself allocates (normally 0), the least of a few tries; tests
     *         that measure with {@link #bytesAllocatedBy} subtract it.
     */
    public static long measurementOverhead()
    {
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < OVERHEAD_TRIES; i++)
        {
            final long before = THREADS.getCurrentThreadAllocatedBytes();
            overhead = Math.min(overhead, THREADS.getCurrentThreadAllocatedBytes() - before);
        }
        return overhead;
    }

    /**
     * Warm {@code task} up, then measure it until one run allocates nothing. A task that allocates per operation
     * allocates in every run; a JIT event (deoptimisation rematerialising an object) can add a few bytes to one run,
     * which is why a single clean run is enough.
     *
     * @param task many operations, run on the calling thread.
     * @throws AssertionError listing the bytes of each measured run if none was allocation-free.
     */
    public static void assertAllocatesNothing(final Runnable task)
    {
        for (int i = 0; i < WARM_UP_RUNS; i++)
        {
            task.run();
        }
        final List<Long> measured = new ArrayList<>();
        for (int i = 0; i < MEASURED_RUNS; i++)
        {
            final long bytes = bytesAllocatedBy(task);
            if (bytes == 0)
            {
                return;
            }
            measured.add(bytes);
        }
        throw new AssertionError("allocated bytes in each measured run: " + measured);
    }
}
