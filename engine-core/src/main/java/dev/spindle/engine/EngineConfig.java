package dev.spindle.engine;

import org.agrona.concurrent.CachedNanoClock;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;

import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.metrics.MetricsRegistry;

/**
 * Settings of an {@link Engine}, set fluently before {@link Engine#start}. The event log and the metrics registry
 * are required; everything else has a default.
 */
public final class EngineConfig
{
    /** Default bound on stopping and joining the engine thread. */
    public static final long DEFAULT_CLOSE_TIMEOUT_MS = 5_000;
    /** Default idle strategy: cheap enough for shared machines; use {@code spin} on an isolated core. */
    public static final String DEFAULT_IDLE = "backoff";
    /** Default capacity of the engine thread's own log channel. */
    public static final int DEFAULT_LOG_CAPACITY = 1024;

    private String name = "engine";
    private int cpu = CpuAffinity.NO_CPU;
    private String idleStrategy = DEFAULT_IDLE;
    private long closeTimeoutMs = DEFAULT_CLOSE_TIMEOUT_MS;
    private int logCapacity = DEFAULT_LOG_CAPACITY;
    private NanoClock nanoClock = SystemNanoClock.INSTANCE;
    private final CachedNanoClock cycleClock = new CachedNanoClock();
    private EventLog eventLog;
    private MetricsRegistry metrics;

    /**
     * @param name engine name: the thread name and the source of the engine's own log events.
     * @return this.
     */
    public EngineConfig name(final String name)
    {
        this.name = name;
        return this;
    }

    /**
     * @param cpu CPU to pin the engine thread to, or {@link CpuAffinity#NO_CPU} (default) for no pinning.
     * @return this.
     */
    public EngineConfig cpu(final int cpu)
    {
        this.cpu = cpu;
        return this;
    }

    /**
     * @param idleStrategy one of {@link IdleStrategies#NAMES}; checked at start.
     * @return this.
     */
    public EngineConfig idleStrategy(final String idleStrategy)
    {
        this.idleStrategy = idleStrategy;
        return this;
    }

    /**
     * @param closeTimeoutMs bound on starting and on stopping/joining the engine thread.
     * @return this.
     */
    public EngineConfig closeTimeoutMs(final long closeTimeoutMs)
    {
        this.closeTimeoutMs = closeTimeoutMs;
        return this;
    }

    /**
     * @param logCapacity events in the engine thread's own log channel.
     * @return this.
     */
    public EngineConfig logCapacity(final int logCapacity)
    {
        this.logCapacity = logCapacity;
        return this;
    }

    /**
     * @param nanoClock monotonic clock read once per engine cycle ({@code nowNs}); inject one to set time in tests.
     * @return this.
     */
    public EngineConfig nanoClock(final NanoClock nanoClock)
    {
        this.nanoClock = nanoClock;
        return this;
    }

    /**
     * @param eventLog where the engine logs (required).
     * @return this.
     */
    public EngineConfig eventLog(final EventLog eventLog)
    {
        this.eventLog = eventLog;
        return this;
    }

    /**
     * @param metrics where per-handler counters live (required).
     * @return this.
     */
    public EngineConfig metrics(final MetricsRegistry metrics)
    {
        this.metrics = metrics;
        return this;
    }

    /** @return the engine name. */
    public String name()
    {
        return name;
    }

    /** @return the requested CPU or {@link CpuAffinity#NO_CPU}. */
    public int cpu()
    {
        return cpu;
    }

    /** @return the idle strategy name. */
    public String idleStrategy()
    {
        return idleStrategy;
    }

    /** @return the start/close bound in ms. */
    public long closeTimeoutMs()
    {
        return closeTimeoutMs;
    }

    /** @return the engine's log channel capacity. */
    public int logCapacity()
    {
        return logCapacity;
    }

    /** @return the monotonic clock. */
    public NanoClock nanoClock()
    {
        return nanoClock;
    }

    /**
     * The time of the current engine cycle: the {@code nowNs} the engine read at the start of the cycle (also set
     * before {@code onStart} and {@code onClose}). Reading it costs a memory load, not a clock read, so producers
     * used on the engine thread should stamp events with it ({@code log.newProducer(name, capacity,
     * config.cycleClock())}). Written by the engine thread only; use one config per engine.
     *
     * @return the cycle clock.
     */
    public NanoClock cycleClock()
    {
        return cycleClock;
    }

    CachedNanoClock mutableCycleClock()
    {
        return cycleClock;
    }

    /** @return the event log. */
    public EventLog eventLog()
    {
        return eventLog;
    }

    /** @return the metrics registry. */
    public MetricsRegistry metrics()
    {
        return metrics;
    }
}
