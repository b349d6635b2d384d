package dev.spindle.bins;

import java.nio.file.Path;
import java.time.Duration;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.IdleStrategies;
import dev.spindle.engine.log.LogFormat;
import picocli.CommandLine.Option;

/**
 * The flags every live venue command shares: engine thread, log, metrics and run length ({@code --core},
 * {@code --idle}, {@code --duration}, {@code --log}, {@code --log-file}, {@code --metrics-interval},
 * {@code --hlog}).
 */
public final class RunOptions
{
    /** Longest --duration: far beyond any run, and well inside a long of nanoseconds. */
    private static final Duration MAX_DURATION = Duration.ofHours(100_000);

    @Option(names = "--core", paramLabel = "CPU", description = "pin the engine thread to this CPU (default: none).")
    private Integer core;

    @Option(names = "--idle", defaultValue = "backoff", paramLabel = "spin|yield|backoff|sleep",
        description = "engine idle strategy; spin only on an isolated core (default: ${DEFAULT-VALUE}).")
    private String idle;

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "DURATION",
        description = "stop after this long, e.g. 60s, 1h30m (default: until Ctrl-C).")
    private Duration duration;

    @Option(names = "--log", defaultValue = "text", paramLabel = "text|json",
        description = "log format (default: ${DEFAULT-VALUE}).")
    private String logFormat;

    @Option(names = "--log-file", paramLabel = "FILE", description = "append the log here (default: stderr).")
    private Path logFile;

    @Option(names = "--metrics-interval", defaultValue = "5s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "status lines and metrics report period (default: ${DEFAULT-VALUE}).")
    private Duration metricsInterval;

    @Option(names = "--hlog", paramLabel = "FILE", description = "write HdrHistogram interval logs here.")
    private Path hlog;

    /**
     * @param capture the validated capture settings, or null.
     * @return the validated run settings.
     * @throws IllegalArgumentException one line naming the flag at fault.
     */
    LiveRun.Settings toSettings(final CaptureConfig capture)
    {
        if (null != core && core < 0)
        {
            // -1 is the internal "no pinning"; leave --core out for that.
            throw new IllegalArgumentException("--core: a CPU number is 0 or more, got " + core);
        }
        if (null != duration && (duration.isZero() || duration.compareTo(MAX_DURATION) > 0))
        {
            throw new IllegalArgumentException("--duration: must be positive and at most " +
                MAX_DURATION.toHours() + "h, got " + duration);
        }
        final int cpu = null == core ? CpuAffinity.NO_CPU : core;
        check("--core", () -> CpuAffinity.validate(cpu));
        check("--idle", () -> IdleStrategies.byName(idle));
        final LogFormat[] format = new LogFormat[1];
        check("--log", () -> format[0] = LogFormat.byName(logFormat));
        if (metricsInterval.isZero() || metricsInterval.isNegative())
        {
            throw new IllegalArgumentException("--metrics-interval: must be positive, got " + metricsInterval);
        }
        return new LiveRun.Settings(cpu, idle, format[0], logFile, metricsInterval.toMillis(), hlog, capture);
    }

    /** @return how long to run, or null until a signal. */
    Duration duration()
    {
        return duration;
    }

    /**
     * Run {@code validation}, prefixing the message of the {@link IllegalArgumentException} it throws with the flag.
     *
     * @param flag       the flag being checked.
     * @param validation throws {@link IllegalArgumentException} for a bad value.
     */
    static void check(final String flag, final Runnable validation)
    {
        try
        {
            validation.run();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(flag + ": " + ex.getMessage(), ex);
        }
    }
}
