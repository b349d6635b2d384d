package dev.spindle.engine.metrics;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.HdrHistogram.HistogramLogWriter;

import dev.spindle.engine.AgentThread;
import dev.spindle.engine.IdleStrategies;
import dev.spindle.engine.log.EventLog;

/**
 * Every interval, swaps the latency histograms of every {@link LatencyRecorder} in a {@link MetricsRegistry} and
 * logs, as {@code METRICS} events, each source's non-zero counters and each stage's count, p50, p90, p99, p99.9 and
 * max in microseconds; optionally also writes the interval histograms to an HdrHistogram {@code .hlog} file
 * (values in ns, one tag {@code source/stage} per histogram) for plotting. On close it reports the last interval
 * and a summary of the cumulative histograms and counters.
 * <p>
 * It runs on its own mostly-sleeping thread rather than on the logger thread: extracting percentiles costs
 * microseconds per histogram and the {@code .hlog} write is file I/O, which on the logger thread would stall the
 * draining of every producer's channel and cause log drops; here it only delays the report itself. Its
 * {@code METRICS} events go through its own producer, like any other thread's.
 * <p>
 * Close order: close the reporter after the engine (so the summary includes everything recorded) and before the
 * event log.
 */
public final class MetricsReporter implements AutoCloseable
{
    /** Default bound on stopping and joining the reporter thread. */
    public static final long CLOSE_TIMEOUT_MS = 5_000;

    private final AgentThread agentThread;

    private MetricsReporter(
        final MetricsRegistry registry, final EventLog log, final long intervalMs, final HistogramLogWriter hlog)
    {
        final ReporterAgent agent = new ReporterAgent(registry, log, intervalMs * 1_000_000L, hlog);
        agentThread = AgentThread.start(
            agent,
            IdleStrategies.byName("sleep"),
            (task) -> new Thread(task, "spindle-metrics"),
            agent::onError,
            CLOSE_TIMEOUT_MS);
    }

    /**
     * Start reporting to the log.
     *
     * @param registry   what to report.
     * @param log        where to report.
     * @param intervalMs reporting period, &gt; 0.
     * @return the running reporter.
     */
    public static MetricsReporter start(final MetricsRegistry registry, final EventLog log, final long intervalMs)
    {
        return start(registry, log, intervalMs, null);
    }

    /**
     * Start reporting to the log and to an HdrHistogram interval log.
     *
     * @param registry   what to report.
     * @param log        where to report.
     * @param intervalMs reporting period, &gt; 0.
     * @param hlogFile   {@code .hlog} file to (over)write, or null for none.
     * @return the running reporter.
     * @throws IllegalArgumentException if the interval is not positive.
     * @throws UncheckedIOException     if the {@code .hlog} file cannot be created (message names it).
     */
    public static MetricsReporter start(
        final MetricsRegistry registry, final EventLog log, final long intervalMs, final Path hlogFile)
    {
        if (intervalMs <= 0)
        {
            throw new IllegalArgumentException("metrics interval must be > 0 ms: " + intervalMs);
        }
        return new MetricsReporter(registry, log, intervalMs, null == hlogFile ? null : openHlog(hlogFile));
    }

    /**
     * Report the last interval and the final summary, close the {@code .hlog} file, stop the thread. Idempotent.
     */
    @Override
    public void close()
    {
        agentThread.close();
    }

    private static HistogramLogWriter openHlog(final Path file)
    {
        try
        {
            final Path parent = file.toAbsolutePath().getParent();
            if (null != parent)
            {
                Files.createDirectories(parent);
            }
            return new HistogramLogWriter(file.toFile());
        }
        catch (final FileNotFoundException ex)
        {
            throw new UncheckedIOException("cannot create hlog file " + file + ": " + ex.getMessage(), ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create hlog file " + file + ": " + ex, ex);
        }
    }
}
