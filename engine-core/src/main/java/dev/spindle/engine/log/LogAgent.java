package dev.spindle.engine.log;

import java.io.IOException;
import java.io.OutputStream;

import org.agrona.collections.Object2LongHashMap;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.NanoClock;

import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.spsc.MessageHandler;

/**
 * The logger thread's work: drain every producer, format, write in batches, report queue depth and drops.
 * <p>
 * It drains in batches rather than chasing producers event by event: after a pass it reports no work, so the idle
 * strategy lets events accumulate (1 ms with {@code sleep}), unless some producer filled a whole pass
 * ({@value #DRAIN_LIMIT} events), a backlog that needs the next pass at once. A consumer reading each event as soon
 * as it is published keeps bouncing the cache lines the hot thread is writing, which slows every emit.
 */
final class LogAgent implements Agent, MessageHandler<LogEvent>
{
    private static final int DRAIN_LIMIT = 1024;
    private static final int WRITE_THRESHOLD_BYTES = 64 * 1024;
    private static final String LOG_SOURCE = "log";
    private static final long NO_TIME = Long.MIN_VALUE;

    private final EventLog log;
    private final EventFormatter formatter;
    private final OutputStream output;
    private final boolean ownsOutput;
    private final NanoClock nanoClock;
    private final long epochOffsetNs;
    private final long reportIntervalNs;
    private final Counters counters;
    private final LineBuffer buffer = new LineBuffer(2 * WRITE_THRESHOLD_BYTES);
    private final Object2LongHashMap<String> lastTsBySource = new Object2LongHashMap<>(NO_TIME);
    private final LogEvent report = new LogEvent();
    private long nextReportNs;
    private int lastDrained;
    private long bufferedEvents;
    private long written;
    private volatile long failedEvents;
    private boolean outputFailed;

    LogAgent(
        final EventLog log,
        final EventFormatter formatter,
        final OutputStream output,
        final boolean ownsOutput,
        final NanoClock nanoClock,
        final long epochOffsetNs,
        final long reportIntervalNs,
        final Counters counters)
    {
        this.log = log;
        this.formatter = formatter;
        this.output = output;
        this.ownsOutput = ownsOutput;
        this.nanoClock = nanoClock;
        this.epochOffsetNs = epochOffsetNs;
        this.reportIntervalNs = reportIntervalNs;
        this.counters = counters;
    }

    @Override
    public void onStart()
    {
        nextReportNs = nanoClock.nanoTime() + reportIntervalNs;
    }

    @Override
    public int doWork()
    {
        final EventProducer[] producers = log.producers();
        int drained = 0;
        boolean backlog = false;
        for (final EventProducer producer : producers)
        {
            final int count = producer.channel().drain(this, DRAIN_LIMIT);
            drained += count;
            backlog |= count == DRAIN_LIMIT;
        }
        lastDrained = drained;
        if (reportIntervalNs > 0)
        {
            final long nowNs = nanoClock.nanoTime();
            if (nowNs - nextReportNs >= 0)
            {
                reportQueues(producers, nowNs);
                nextReportNs = nowNs + reportIntervalNs;
            }
        }
        if (buffer.length() > 0)
        {
            write(true);
        }
        updateCounters(producers);
        return backlog ? drained : 0;
    }

    @Override
    public void onMessage(final LogEvent event)
    {
        final long sinceNs;
        final String source = event.source();
        if (null == source)
        {
            sinceNs = -1;
        }
        else
        {
            final long previousNs = lastTsBySource.put(source, event.tsNs());
            sinceNs = NO_TIME == previousNs ? -1 : Math.max(0, event.tsNs() - previousNs);
        }
        formatter.format(event, event.tsNs() + epochOffsetNs, sinceNs, buffer);
        bufferedEvents++;
        if (buffer.length() >= WRITE_THRESHOLD_BYTES)
        {
            write(false);
        }
    }

    @Override
    public void onClose()
    {
        // The log is already closed to new events, so this terminates: only in-flight publishes can still arrive.
        int drained;
        do
        {
            drained = 0;
            for (final EventProducer producer : log.producers())
            {
                drained += producer.channel().drain(this, Integer.MAX_VALUE);
            }
        }
        while (drained > 0);
        reportQueues(log.producers(), nanoClock.nanoTime());
        write(true);
        updateCounters(log.producers());
        if (ownsOutput)
        {
            try
            {
                output.close();
            }
            catch (final IOException ex)
            {
                System.err.println("spindle logger: closing log output failed: " + ex);
            }
        }
    }

    @Override
    public String roleName()
    {
        return "logger";
    }

    void onError(final Throwable error)
    {
        // The logger cannot log through itself; stderr is the last resort.
        System.err.println("spindle logger: " + error);
    }

    /** @return events drained by the last {@link #doWork()}. */
    int lastDrained()
    {
        return lastDrained;
    }

    long failedEvents()
    {
        return failedEvents;
    }

    private void reportQueues(final EventProducer[] producers, final long nowNs)
    {
        long depth = 0;
        long maxDepth = 0;
        long drops = failedEvents;
        for (final EventProducer producer : producers)
        {
            final int producerDepth = producer.depth();
            final long producerDrops = producer.drops();
            depth += producerDepth;
            maxDepth = Math.max(maxDepth, producerDepth);
            drops += producerDrops;
            if (producerDrops != producer.reportedDrops)
            {
                report.reset(EventCode.QUEUE_DEPTH, producer.source(), nowNs);
                report.arg("depth", producerDepth, 0);
                report.arg("capacity", producer.capacity(), 0);
                report.arg("drops", producerDrops, 0);
                report.arg("new_drops", producerDrops - producer.reportedDrops, 0);
                formatter.format(report, nowNs + epochOffsetNs, -1, buffer);
                producer.reportedDrops = producerDrops;
            }
        }
        report.reset(EventCode.QUEUE_DEPTH, LOG_SOURCE, nowNs);
        report.arg("producers", producers.length, 0);
        report.arg("depth", depth, 0);
        report.arg("max_depth", maxDepth, 0);
        report.arg("written", written + bufferedEvents, 0);
        report.arg("drops", drops, 0);
        formatter.format(report, nowNs + epochOffsetNs, -1, buffer);
    }

    private void write(final boolean flush)
    {
        try
        {
            buffer.writeTo(output);
            if (flush)
            {
                output.flush();
            }
            written += bufferedEvents;
        }
        catch (final IOException ex)
        {
            buffer.clear();
            failedEvents += bufferedEvents;
            if (!outputFailed)
            {
                outputFailed = true;
                System.err.println("spindle logger: writing the log failed, events are counted as dropped: " + ex);
            }
        }
        bufferedEvents = 0;
    }

    private void updateCounters(final EventProducer[] producers)
    {
        long drops = failedEvents;
        for (final EventProducer producer : producers)
        {
            drops += producer.drops();
        }
        counters.set(Counter.LOG_EVENTS, written);
        counters.set(Counter.LOG_DROPS, drops);
    }
}
