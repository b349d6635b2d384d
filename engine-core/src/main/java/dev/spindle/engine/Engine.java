package dev.spindle.engine;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.agrona.concurrent.IdleStrategy;

import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counters;

/**
 * Runs one or more {@link FeedHandler}s on ONE engine thread, optionally pinned to a CPU: each cycle reads the
 * monotonic clock once, polls every handler with that {@code nowNs}, and hands the summed work count to the idle
 * strategy ({@code idle.idle(doWork())}).
 * <p>
 * A handler that throws is isolated: the error is logged (an {@code ERROR} event with the handler's name as
 * source), counted ({@code HANDLER_ERRORS} in the handler's counter set of the registry), passed to its
 * {@code onError}, and every handler, that one included, keeps being polled.
 * <p>
 * Close order: close the engine before the event log and metrics reporter it writes to. {@link #close()} is
 * idempotent and bounded by {@link EngineConfig#closeTimeoutMs}.
 */
public final class Engine implements AutoCloseable
{
    private final String name;
    private final PinnedThreadFactory threadFactory;
    private final EventProducer log;
    private final AgentThread agentThread;

    private Engine(final EngineConfig config, final FeedHandler[] handlers)
    {
        name = config.name();
        final IdleStrategy idleStrategy = IdleStrategies.byName(config.idleStrategy());
        threadFactory = new PinnedThreadFactory(name, config.cpu());
        final Counters[] counters = new Counters[handlers.length];
        for (int i = 0; i < handlers.length; i++)
        {
            counters[i] = config.metrics().counters(handlers[i].name());
        }
        log = config.eventLog().newProducer(name, config.logCapacity(), config.cycleClock());
        final EngineAgent agent = new EngineAgent(
            name,
            config.idleStrategy(),
            handlers,
            counters,
            log,
            config.nanoClock(),
            config.mutableCycleClock(),
            threadFactory);
        agentThread = AgentThread.start(agent, idleStrategy, threadFactory, this::onAgentError, config.closeTimeoutMs());
    }

    /**
     * Validate the configuration, start the engine thread (pinned if asked), run every handler's {@code onStart}
     * on it, and return once that is done.
     *
     * @param config   engine settings; event log and metrics registry are required.
     * @param handlers at least one, with unique names.
     * @return the running engine.
     * @throws IllegalArgumentException for a bad configuration: unknown idle strategy, nonexistent CPU, no
     *                                  handlers, duplicate handler names, missing event log or metrics.
     * @throws IllegalStateException    if pinning or a handler's {@code onStart} failed (cause attached).
     */
    public static Engine start(final EngineConfig config, final FeedHandler... handlers)
    {
        Objects.requireNonNull(config, "config");
        if (null == config.eventLog())
        {
            throw new IllegalArgumentException("engine '" + config.name() + "': no event log configured");
        }
        if (null == config.metrics())
        {
            throw new IllegalArgumentException("engine '" + config.name() + "': no metrics registry configured");
        }
        if (null == handlers || handlers.length == 0)
        {
            throw new IllegalArgumentException("engine '" + config.name() + "': at least one handler is required");
        }
        final Set<String> names = new HashSet<>();
        for (final FeedHandler handler : handlers)
        {
            if (!names.add(handler.name()))
            {
                throw new IllegalArgumentException(
                    "engine '" + config.name() + "': duplicate handler name '" + handler.name() + "'");
            }
        }
        return new Engine(config, handlers.clone());
    }

    /** @return the engine name (also the engine thread's name). */
    public String name()
    {
        return name;
    }

    /** @return the engine thread's id, e.g. for {@code ThreadMXBean} CPU time. */
    public long threadId()
    {
        return agentThread.threadId();
    }

    /** @return true until the engine thread has ended. */
    public boolean isRunning()
    {
        return agentThread.isAlive();
    }

    /** @return the CPU the engine thread was on right after pinning, or {@link CpuAffinity#NO_CPU}. */
    public int heldCpu()
    {
        return threadFactory.heldCpu();
    }

    /**
     * Stop the engine thread and join it; each started handler's {@code onClose} runs on it before it ends.
     * Idempotent.
     *
     * @throws IllegalStateException if the thread did not end within the close timeout (a handler is stuck in
     *                               {@code poll}); {@code onClose} has then not run.
     */
    @Override
    public void close()
    {
        agentThread.close();
    }

    private void onAgentError(final Throwable error)
    {
        log.claim(EventCode.ERROR).append("engine loop failed: ").append(error).commit();
    }
}
