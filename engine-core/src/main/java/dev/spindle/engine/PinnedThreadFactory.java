package dev.spindle.engine;

import java.util.BitSet;
import java.util.concurrent.ThreadFactory;

import net.openhft.affinity.Affinity;

/**
 * Makes the one thread of an agent and, when a CPU was requested, pins it there before the agent runs, then reads
 * the affinity back so the CPU actually held can be logged. Handlers never call the affinity API themselves.
 * <p>
 * Pinning uses {@link Affinity#setAffinity(int)} rather than {@code AffinityLock.acquireLock(cpu)}: the lock
 * variant silently hands out no lock for CPUs outside OpenHFT's reserved set, whereas an explicit request here
 * must either take effect or fail start-up. A failure to pin (e.g. the OS refuses the CPU) ends the thread, and
 * {@link AgentThread#start} reports it.
 * <p>
 * Intended for a single thread: {@link #heldCpu()} and {@link #heldCpus()} describe the last thread it made.
 */
public final class PinnedThreadFactory implements ThreadFactory
{
    private final String threadName;
    private final int cpu;
    private volatile int heldCpu = CpuAffinity.NO_CPU;
    private volatile BitSet heldCpus = new BitSet();

    /**
     * @param threadName name of the thread.
     * @param cpu        CPU to pin to, or {@link CpuAffinity#NO_CPU} for no pinning.
     * @throws IllegalArgumentException if the CPU does not exist for this process.
     */
    public PinnedThreadFactory(final String threadName, final int cpu)
    {
        CpuAffinity.validate(cpu);
        this.threadName = threadName;
        this.cpu = cpu;
    }

    @Override
    public Thread newThread(final Runnable task)
    {
        return new Thread(() ->
        {
            if (CpuAffinity.NO_CPU != cpu)
            {
                pinCurrentThread();
            }
            task.run();
        },
            threadName);
    }

    /** @return the requested CPU, or {@link CpuAffinity#NO_CPU}. */
    public int requestedCpu()
    {
        return cpu;
    }

    /** @return the CPU the pinned thread was running on right after pinning, or {@link CpuAffinity#NO_CPU}. */
    public int heldCpu()
    {
        return heldCpu;
    }

    /** @return the affinity mask read back after pinning; empty when not pinned. */
    public BitSet heldCpus()
    {
        return (BitSet)heldCpus.clone();
    }

    /** @return true when pinning was requested and the mask read back is exactly that CPU. */
    public boolean isPinned()
    {
        final BitSet held = heldCpus;
        return CpuAffinity.NO_CPU != cpu && held.cardinality() == 1 && held.get(cpu);
    }

    private void pinCurrentThread()
    {
        try
        {
            Affinity.setAffinity(cpu);
        }
        catch (final RuntimeException ex)
        {
            throw new IllegalStateException("cannot pin thread '" + threadName + "' to cpu " + cpu + " (available: " +
                CpuAffinity.describe(CpuAffinity.availableCpus()) + "): " + ex.getMessage(), ex);
        }
        heldCpus = Affinity.getAffinity();
        heldCpu = Affinity.getCpu();
    }
}
