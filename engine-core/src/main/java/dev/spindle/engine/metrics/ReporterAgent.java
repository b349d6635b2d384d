package dev.spindle.engine.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.SystemNanoClock;

import dev.spindle.engine.log.EventBuilder;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventProducer;

/**
 * The metrics reporter thread's work: on each deadline, swap and report every histogram and counter set.
 */
final class ReporterAgent implements Agent
{
    private static final int PRODUCER_CAPACITY = 4096;
    private static final int MICROS_SCALE = 3;

    private final MetricsRegistry registry;
    private final EventLog log;
    private final EventProducer producer;
    private final long intervalNs;
    private final HistogramLogWriter hlog;
    private long nextReportNs;

    ReporterAgent(final MetricsRegistry registry, final EventLog log, final long intervalNs, final HistogramLogWriter hlog)
    {
        this.registry = registry;
        this.log = log;
        this.producer = log.newProducer("metrics", PRODUCER_CAPACITY);
        this.intervalNs = intervalNs;
        this.hlog = hlog;
    }

    @Override
    public void onStart()
    {
        nextReportNs = SystemNanoClock.INSTANCE.nanoTime() + intervalNs;
        if (null != hlog)
        {
            final long startMs = System.currentTimeMillis();
            hlog.outputLogFormatVersion();
            hlog.outputStartTime(startMs);
            hlog.setBaseTime(startMs);
            hlog.outputComment("spindle latency histograms in ns; tag = source/stage");
            hlog.outputLegend();
        }
    }

    @Override
    public int doWork()
    {
        final long nowNs = SystemNanoClock.INSTANCE.nanoTime();
        if (nowNs - nextReportNs < 0)
        {
            return 0;
        }
        reportInterval();
        nextReportNs = nowNs + intervalNs;
        return 1;
    }

    @Override
    public void onClose()
    {
        reportInterval();
        for (final LatencyRecorder recorder : registry.allLatencies())
        {
            for (final LatencyStage stage : LatencyStage.all())
            {
                reportHistogram(recorder.source(), "summary latency ", stage, recorder.total(stage));
            }
        }
        reportCounters("summary counters");
        if (null != hlog)
        {
            hlog.close();
        }
    }

    @Override
    public String roleName()
    {
        return "metrics-reporter";
    }

    void onError(final Throwable error)
    {
        producer.claim(EventCode.ERROR).append("metrics report failed: ").append(error).commit();
    }

    private void reportInterval()
    {
        reportCounters("counters");
        for (final LatencyRecorder recorder : registry.allLatencies())
        {
            for (final LatencyStage stage : LatencyStage.all())
            {
                final Histogram interval = recorder.swapInterval(stage);
                reportHistogram(recorder.source(), "latency ", stage, interval);
                if (null != hlog && interval.getTotalCount() > 0)
                {
                    interval.setTag(tag(recorder.source(), stage));
                    hlog.outputIntervalHistogram(interval);
                }
            }
        }
    }

    private void reportHistogram(
        final String source, final String prefix, final LatencyStage stage, final Histogram histogram)
    {
        final long count = histogram.getTotalCount();
        if (count == 0)
        {
            return;
        }
        producer.claim(source, EventCode.METRICS)
            .append(prefix).append(stage.label())
            .arg("count", count)
            .decimal("p50_us", histogram.getValueAtPercentile(50.0), MICROS_SCALE)
            .decimal("p90_us", histogram.getValueAtPercentile(90.0), MICROS_SCALE)
            .decimal("p99_us", histogram.getValueAtPercentile(99.0), MICROS_SCALE)
            .decimal("p99_9_us", histogram.getValueAtPercentile(99.9), MICROS_SCALE)
            .decimal("max_us", histogram.getMaxValue(), MICROS_SCALE)
            .commit();
    }

    private void reportCounters(final String text)
    {
        for (final Counters counters : registry.allCounters())
        {
            reportCounters(text, counters);
        }
        reportCounters(text, log.counters());
    }

    private void reportCounters(final String text, final Counters counters)
    {
        EventBuilder event = null;
        int args = 0;
        for (int id = 0; id < Counter.count(); id++)
        {
            final Counter counter = Counter.byId(id);
            final long value = counters.get(counter);
            if (value == 0)
            {
                continue;
            }
            if (null == event || args == EventBuilder.MAX_ARGS)
            {
                if (null != event)
                {
                    event.commit();
                }
                event = producer.claim(counters.source(), EventCode.METRICS).append(text);
                args = 0;
            }
            event.arg(counter.label(), value);
            args++;
        }
        if (null != event)
        {
            event.commit();
        }
    }

    private static String tag(final String source, final LatencyStage stage)
    {
        // hlog tags end at ',' and lines at whitespace.
        return (source + '/' + stage.label()).replaceAll("[,\\s]", "_");
    }
}
