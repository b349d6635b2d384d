package dev.spindle.engine.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.agrona.concurrent.AgentInvoker;
import org.agrona.concurrent.NanoClock;

import dev.spindle.engine.AgentThread;
import dev.spindle.engine.IdleStrategies;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;

/**
 * The structured event log: every producing thread has its own {@link EventProducer} (an SPSC channel of
 * preallocated events) and ONE logger thread drains them all, formats on its own thread (text or JSON lines)
 * and writes to stderr or a file.
 * <p>
 * Guarantees: emitting never blocks or allocates; a full channel drops the event and counts it. The logger reports
 * queue depth and drops periodically ({@code QUEUE_DEPTH} events). {@link #close()} drains everything still queued,
 * so every event emitted before close is either written or counted in {@link #drops()}; events emitted after close
 * are counted as drops too.
 * <p>
 * Order: events of one producer are written in emit order; events of different producers are not interleaved by
 * time (each drain pass takes each producer's queue in turn), so compare timestamps across sources. The logger
 * drains in batches (by default about once per millisecond) so it does not keep pulling cache lines away from a
 * hot producer; a producer that fills a pass ({@code 1024} events) is drained again at once.
 * <p>
 * Close order: close the engine and the metrics reporter (which log here) before the log.
 * <p>
 * {@link #start} runs the logger on its own thread. {@link #open} makes a threadless log that the caller drives
 * with {@link #drain()} (Agrona {@code AgentInvoker} style), for deterministic tests, offline tools and benchmarks.
 */
public final class EventLog implements AutoCloseable
{
    private final Object producersLock = new Object();
    private final NanoClock nanoClock;
    private final int defaultCapacity;
    private final Counters counters = new Counters("log");
    private final LogAgent agent;
    private final AgentThread agentThread;
    private final AgentInvoker invoker;
    private volatile EventProducer[] producers = new EventProducer[0];
    private volatile boolean closed;

    private EventLog(final EventLogConfig config, final boolean ownThread)
    {
        nanoClock = config.nanoClock();
        defaultCapacity = config.producerCapacity();
        final boolean ownsOutput = null != config.file();
        final OutputStream output = ownsOutput ? open(config.file()) : config.output();
        final long epochOffsetNs = config.epochClock().nanoTime() - nanoClock.nanoTime();
        agent = new LogAgent(
            this,
            EventFormatter.of(config.format()),
            output,
            ownsOutput,
            nanoClock,
            epochOffsetNs,
            config.queueReportIntervalMs() * 1_000_000L,
            counters);
        if (ownThread)
        {
            final String threadName = config.threadName();
            invoker = null;
            agentThread = AgentThread.start(
                agent,
                IdleStrategies.byName(config.idleStrategy()),
                (task) -> new Thread(task, threadName),
                agent::onError,
                config.closeTimeoutMs());
        }
        else
        {
            agentThread = null;
            invoker = new AgentInvoker(agent::onError, null, agent);
            invoker.start();
        }
    }

    /**
     * Open the output and start the logger thread.
     *
     * @param config settings.
     * @return the running log.
     * @throws UncheckedIOException     if the log file cannot be opened (message names the file).
     * @throws IllegalArgumentException for an unknown idle strategy name.
     */
    public static EventLog start(final EventLogConfig config)
    {
        return new EventLog(config, true);
    }

    /**
     * Open the output without starting a thread: nothing is written until the caller runs {@link #drain()} (or
     * {@link #close()}, which drains everything). The idle strategy setting is not used.
     *
     * @param config settings.
     * @return the threadless log.
     * @throws UncheckedIOException if the log file cannot be opened (message names the file).
     */
    public static EventLog open(final EventLogConfig config)
    {
        return new EventLog(config, false);
    }

    /**
     * Threadless log only: run one logger cycle on the calling thread (drain up to 1024 events per producer,
     * format, write, report queues when due). Only one thread may drain.
     *
     * @return the number of events drained.
     * @throws IllegalStateException if the log runs its own thread.
     */
    public int drain()
    {
        if (null == invoker)
        {
            throw new IllegalStateException("drain() is for a log made by EventLog.open; this one has its own thread");
        }
        invoker.invoke();
        return agent.lastDrained();
    }

    /**
     * Create the channel for one producing thread, with the default capacity. Allocates: call while wiring up.
     *
     * @param source default source name of its events (e.g. {@code binance} or {@code engine}).
     * @return a producer to be used by ONE thread only.
     */
    public EventProducer newProducer(final String source)
    {
        return newProducer(source, defaultCapacity);
    }

    /**
     * Create the channel for one producing thread. Allocates: call while wiring up, once per long-lived thread.
     *
     * @param source   default source name of its events.
     * @param capacity events it can hold before dropping (rounded up to a power of two).
     * @return a producer to be used by ONE thread only.
     */
    public EventProducer newProducer(final String source, final int capacity)
    {
        return newProducer(source, capacity, nanoClock);
    }

    /**
     * Create the channel for one producing thread whose events take their time from {@code clock}. On the engine
     * thread pass {@link dev.spindle.engine.EngineConfig#cycleClock()}: events are then stamped with the engine
     * cycle's {@code nowNs} without a second clock read (which costs tens of ns on some virtual machines).
     *
     * @param source   default source name of its events.
     * @param capacity events it can hold before dropping (rounded up to a power of two).
     * @param clock    monotonic clock on the same time base as the log's, read once per event.
     * @return a producer to be used by ONE thread only.
     */
    public EventProducer newProducer(final String source, final int capacity, final NanoClock clock)
    {
        final EventProducer producer = new EventProducer(this, source, capacity, clock);
        synchronized (producersLock)
        {
            final EventProducer[] current = producers;
            final EventProducer[] next = Arrays.copyOf(current, current.length + 1);
            next[current.length] = producer;
            producers = next;
        }
        return producer;
    }

    /** @return events written to the output so far. Any thread. */
    public long written()
    {
        return counters.get(Counter.LOG_EVENTS);
    }

    /** @return events dropped so far: full channels, emits after close, and events lost to output errors. */
    public long drops()
    {
        long drops = agent.failedEvents();
        for (final EventProducer producer : producers)
        {
            drops += producer.drops();
        }
        return drops;
    }

    /** @return the log's own counters ({@code LOG_EVENTS}, {@code LOG_DROPS}), updated by the logger thread. */
    public Counters counters()
    {
        return counters;
    }

    /** @return true once {@link #close()} has been called. */
    public boolean isClosed()
    {
        return closed;
    }

    /**
     * Refuse further events, drain and write everything queued, write a final queue report, flush, and close the
     * file if the log opened it. Idempotent; bounded by the configured close timeout. A threadless log does this on
     * the calling thread.
     */
    @Override
    public void close()
    {
        closed = true;
        if (null != agentThread)
        {
            agentThread.close();
        }
        else
        {
            invoker.close();
        }
    }

    EventProducer[] producers()
    {
        return producers;
    }

    private static OutputStream open(final Path file)
    {
        try
        {
            final Path parent = file.toAbsolutePath().getParent();
            if (null != parent)
            {
                Files.createDirectories(parent);
            }
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open log file " + file + ": " + ex, ex);
        }
    }
}
