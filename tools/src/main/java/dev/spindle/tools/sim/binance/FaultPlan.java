package dev.spindle.tools.sim.binance;

import java.time.Duration;
import java.util.List;

import dev.spindle.tools.sim.DurationConverter;

/**
 * Faults the simulator injects on its own, on a schedule (the programmatic hooks on {@link BinanceSimulator}
 * inject one fault now). Parsed from {@code --fault key=value} flags:
 * <ul>
 *   <li>{@code drop-every=N}: withhold every N-th depth event of each symbol (a gap in the client's chain;
 *       the simulator's book still applies it, as the venue's would).</li>
 *   <li>{@code disconnect-every=DURATION}: drop every connection's TCP socket (no close frame).</li>
 *   <li>{@code shutdown-every=DURATION}: send {@code serverShutdown}, then close after the grace period.</li>
 *   <li>{@code rest-fail-every=N[:STATUS]}: answer every N-th REST request with STATUS (default 503) and
 *       {@code Retry-After: 1}.</li>
 * </ul>
 *
 * @param dropEveryDepth    0 = never.
 * @param disconnectEvery   null = never.
 * @param shutdownEvery     null = never.
 * @param restFailEvery     0 = never.
 * @param restFailStatus    HTTP status of periodic REST failures.
 */
public record FaultPlan(
    long dropEveryDepth,
    Duration disconnectEvery,
    Duration shutdownEvery,
    int restFailEvery,
    int restFailStatus)
{
    /** No scheduled faults. */
    public static final FaultPlan NONE = new FaultPlan(0, null, null, 0, 503);

    /**
     * @param specs {@code key=value} strings as given to {@code --fault}.
     * @return the plan.
     * @throws IllegalArgumentException naming the bad spec.
     */
    public static FaultPlan parse(final List<String> specs)
    {
        FaultPlan plan = NONE;
        for (final String spec : specs)
        {
            final int eq = spec.indexOf('=');
            if (eq < 0)
            {
                throw new IllegalArgumentException("--fault " + spec + ": expected key=value (drop-every=N, " +
                    "disconnect-every=30s, shutdown-every=5m, rest-fail-every=N[:STATUS])");
            }
            final String key = spec.substring(0, eq);
            final String value = spec.substring(eq + 1);
            try
            {
                plan = switch (key)
                {
                    case "drop-every" -> new FaultPlan(positive(value), plan.disconnectEvery, plan.shutdownEvery,
                        plan.restFailEvery, plan.restFailStatus);
                    case "disconnect-every" -> new FaultPlan(plan.dropEveryDepth, DurationConverter.parse(value),
                        plan.shutdownEvery, plan.restFailEvery, plan.restFailStatus);
                    case "shutdown-every" -> new FaultPlan(plan.dropEveryDepth, plan.disconnectEvery,
                        DurationConverter.parse(value), plan.restFailEvery, plan.restFailStatus);
                    case "rest-fail-every" ->
                    {
                        final int colon = value.indexOf(':');
                        final long every = positive(colon < 0 ? value : value.substring(0, colon));
                        final int status = colon < 0 ? 503 : (int)positive(value.substring(colon + 1));
                        if (status < 400 || status > 599)
                        {
                            throw new IllegalArgumentException("status must be 4xx or 5xx");
                        }
                        yield new FaultPlan(plan.dropEveryDepth, plan.disconnectEvery, plan.shutdownEvery,
                            (int)Math.min(Integer.MAX_VALUE, every), status);
                    }
                    default -> throw new IllegalArgumentException("unknown fault '" + key + "'");
                };
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("--fault " + spec + ": " + ex.getMessage(), ex);
            }
        }
        return plan;
    }

    private static long positive(final String value)
    {
        final long n;
        try
        {
            n = Long.parseLong(value);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("'" + value + "' is not a whole number", ex);
        }
        if (n <= 0)
        {
            throw new IllegalArgumentException("'" + value + "' must be positive");
        }
        return n;
    }
}
