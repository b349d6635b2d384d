package dev.spindle.engine.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Latency histograms of one source (a handler, or one symbol of it), one HdrHistogram recorder per
 * {@link LatencyStage}, recorded in nanoseconds.
 * <p>
 * Threading: {@link #record} is single-writer (one hot thread per recorder, as with HdrHistogram's
 * {@link SingleWriterRecorder}) and allocates nothing; the {@link MetricsReporter} thread swaps the interval
 * histograms out and keeps the cumulative ones. Values are clamped to {@code [0, HIGHEST_TRACKABLE_NS]} so a bad
 * timestamp can neither throw nor grow a histogram on the hot path. Each recorder holds about 2.6 MB of
 * histograms, so create one per handler (or per symbol only when you need that resolution).
 */
public final class LatencyRecorder
{
    /** Largest value recorded; larger values are recorded as this. */
    public static final long HIGHEST_TRACKABLE_NS = 60_000_000_000L;
    /** HdrHistogram precision: values are kept to 3 significant digits (0.1%). */
    public static final int SIGNIFICANT_DIGITS = 3;

    private final String source;
    private final SingleWriterRecorder[] recorders;
    private final Histogram[] intervals;
    private final Histogram[] totals;

    /**
     * Prefer {@link MetricsRegistry#latency(String)}, which registers the recorder for reporting.
     *
     * @param source the name reports show for this recorder.
     */
    public LatencyRecorder(final String source)
    {
        this.source = source;
        final int stages = LatencyStage.all().length;
        recorders = new SingleWriterRecorder[stages];
        intervals = new Histogram[stages];
        totals = new Histogram[stages];
        for (int i = 0; i < stages; i++)
        {
            recorders[i] = new SingleWriterRecorder(1, HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);
            totals[i] = new Histogram(1, HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);
        }
    }

    /** @return the source name this recorder reports under. */
    public String source()
    {
        return source;
    }

    /**
     * Single writer, hot path: record one latency.
     *
     * @param stage     which stage.
     * @param latencyNs elapsed nanoseconds (e.g. {@code nowNs - recvTimeNs}); clamped to the trackable range.
     */
    public void record(final LatencyStage stage, final long latencyNs)
    {
        final long value = latencyNs < 0 ? 0 : Math.min(latencyNs, HIGHEST_TRACKABLE_NS);
        recorders[stage.ordinal()].recordValue(value);
    }

    /**
     * Reporter thread only: swap out the values recorded since the last call and add them to the totals.
     *
     * @return the interval histogram, valid until the next call for the same stage.
     */
    Histogram swapInterval(final LatencyStage stage)
    {
        final int index = stage.ordinal();
        final Histogram interval = recorders[index].getIntervalHistogram(intervals[index]);
        intervals[index] = interval;
        totals[index].add(interval);
        return interval;
    }

    /** Reporter thread only: everything recorded up to the last {@link #swapInterval}. */
    Histogram total(final LatencyStage stage)
    {
        return totals[stage.ordinal()];
    }
}
