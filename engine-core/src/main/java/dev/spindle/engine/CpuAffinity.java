package dev.spindle.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import net.openhft.affinity.AffinityLock;

/**
 * Which CPUs this process may be pinned to, and the start-up check of a requested CPU.
 * <p>
 * A requested CPU may lie outside the process's own affinity mask: that is how an isolated core is used (the
 * process is started on the other cores, e.g. with {@code isolcpus} or {@code taskset}, and only the engine thread
 * moves onto the isolated one). It must be online; whether the OS lets the thread widen its mask (a cpuset cgroup
 * may not) is read back after pinning and logged.
 * <p>
 * Only touches OpenHFT Affinity (and so JNA) when a CPU is actually requested.
 */
public final class CpuAffinity
{
    /** "No pinning requested". */
    public static final int NO_CPU = -1;

    private static final Path ONLINE_CPUS = Path.of("/sys/devices/system/cpu/online");

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
     * @return the CPUs a thread of this process may be pinned to: those of its affinity mask plus every CPU the
     * kernel lists as online ({@code /sys/devices/system/cpu/online}, Linux), so that a core kept free of the
     * process's other threads can still be requested.
     */
    public static BitSet pinnableCpus()
    {
        final BitSet cpus = availableCpus();
        try
        {
            cpus.or(parse(Files.readString(ONLINE_CPUS, StandardCharsets.US_ASCII).trim()));
        }
        catch (final IOException | IllegalArgumentException ex)
        {
            // Not Linux, or the file is unreadable: the process mask is all that is known.
            return availableCpus();
        }
        return cpus;
    }

    /**
     * @param cpu a requested CPU, or {@link #NO_CPU}.
     * @throws IllegalArgumentException naming the CPU and the valid ones when it does not exist or is not online.
     */
    public static void validate(final int cpu)
    {
        if (NO_CPU == cpu)
        {
            return;
        }
        final BitSet pinnable = pinnableCpus();
        if (cpu < 0 || !pinnable.get(cpu))
        {
            throw new IllegalArgumentException("cpu " + cpu + " does not exist or is not online: valid cpus are " +
                describe(pinnable));
        }
    }

    /**
     * @param ranges a CPU list as the kernel writes it, e.g. {@code 0-3,6}.
     * @return the CPUs named.
     * @throws IllegalArgumentException naming the text when it is not such a list.
     */
    static BitSet parse(final String ranges)
    {
        final BitSet cpus = new BitSet();
        try
        {
            for (final String range : ranges.split(","))
            {
                final int dash = range.indexOf('-');
                final int first = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
                final int last = dash < 0 ? first : Integer.parseInt(range.substring(dash + 1));
                if (first < 0 || last < first)
                {
                    throw new IllegalArgumentException("bad cpu range '" + range + "' in '" + ranges + "'");
                }
                cpus.set(first, last + 1);
            }
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("not a cpu list: '" + ranges + "'", ex);
        }
        return cpus;
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
