package dev.spindle.engine;

import java.util.BitSet;

import net.openhft.affinity.AffinityLock;

/**
 * Which CPUs this process may be pinned to, and the start-up check of a requested CPU.
 * <p>
 * Only touches OpenHFT Affinity (and so JNA) when a CPU is actually requested.
 */
public final class CpuAffinity
{
    /** "No pinning requested". */
    public static final int NO_CPU = -1;

    private CpuAffinity()
    {
    }

    /**
     * @return the CPUs this process may run on (its affinity mask when the JVM loaded Affinity), falling back to
     * {@code 0..availableProcessors-1} when the mask cannot be read.
     */
    public static BitSet availableCpus()
    {
        final BitSet base = AffinityLock.BASE_AFFINITY;
        if (null != base && !base.isEmpty())
        {
            return (BitSet)base.clone();
        }
        final BitSet all = new BitSet();
        all.set(0, Runtime.getRuntime().availableProcessors());
        return all;
    }

    /**
     * @param cpu a requested CPU, or {@link #NO_CPU}.
     * @throws IllegalArgumentException naming the CPU and the valid ones when it does not exist for this process.
     */
    public static void validate(final int cpu)
    {
        if (NO_CPU == cpu)
        {
            return;
        }
        final BitSet available = cpu < 0 ? null : availableCpus();
        if (null == available || !available.get(cpu))
        {
            throw new IllegalArgumentException("cpu " + cpu + " does not exist or is not available to this process: " +
                "valid cpus are " + describe(null == available ? availableCpus() : available));
        }
    }

    /**
     * @param cpus a CPU set.
     * @return ranges such as {@code 0-3,6}; {@code none} when empty.
     */
    public static String describe(final BitSet cpus)
    {
        if (cpus.isEmpty())
        {
            return "none";
        }
        final StringBuilder text = new StringBuilder();
        int start = cpus.nextSetBit(0);
        while (start >= 0)
        {
            final int end = cpus.nextClearBit(start) - 1;
            if (text.length() > 0)
            {
                text.append(',');
            }
            text.append(start);
            if (end > start)
            {
                text.append('-').append(end);
            }
            start = cpus.nextSetBit(end + 1);
        }
        return text.toString();
    }
}
