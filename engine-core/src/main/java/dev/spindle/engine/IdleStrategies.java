package dev.spindle.engine;

import java.util.List;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * Agrona idle strategies by name ({@code --idle spin|yield|backoff|sleep}). Spin in production on an isolated,
 * pinned core; backoff or sleep in tests and on small shared machines.
 */
public final class IdleStrategies
{
    /** The accepted names, in order of decreasing CPU use. */
    public static final List<String> NAMES = List.of("spin", "yield", "backoff", "sleep");

    /** Sleep period of {@code sleep}: long enough to cost almost no CPU when idle. */
    public static final long SLEEP_PERIOD_MS = 1;

    private IdleStrategies()
    {
    }

    /**
     * Make a new strategy; strategies keep per-thread state, so give each thread its own.
     *
     * @param name one of {@link #NAMES}.
     * @return {@code spin}: busy spin; {@code yield}: {@code Thread.yield()}; {@code backoff}: spin, yield, then
     * park up to 1 ms; {@code sleep}: sleep {@value #SLEEP_PERIOD_MS} ms.
     * @throws IllegalArgumentException naming the bad value and the valid names.
     */
    public static IdleStrategy byName(final String name)
    {
        if (null != name)
        {
            switch (name)
            {
                case "spin":
                    return new BusySpinIdleStrategy();
                case "yield":
                    return new YieldingIdleStrategy();
                case "backoff":
                    return new BackoffIdleStrategy();
                case "sleep":
                    return new SleepingMillisIdleStrategy(SLEEP_PERIOD_MS);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("unknown idle strategy '" + name + "': valid names are " +
            String.join(", ", NAMES));
    }
}
