package dev.spindle.engine;

import org.agrona.concurrent.Agent;
import org.agrona.concurrent.CachedNanoClock;
import org.agrona.concurrent.NanoClock;

import dev.spindle.engine.log.EventBuilder;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;

/**
 * The engine thread's work: read the clock once, poll every handler with that time, isolate handler failures.
 */
final class EngineAgent implements Agent
{
    private final String name;
    private final String idleName;
    private final FeedHandler[] handlers;
    private final Counters[] counters;
    private final EventProducer log;
    private final NanoClock nanoClock;
    private final CachedNanoClock cycleClock;
    private final PinnedThreadFactory threadFactory;
    private int startedCount;

    EngineAgent(
        final String name,
        final String idleName,
        final FeedHandler[] handlers,
        final Counters[] counters,
        final EventProducer log,
        final NanoClock nanoClock,
        final CachedNanoClock cycleClock,
        final PinnedThreadFactory threadFactory)
    {
        this.name = name;
        this.idleName = idleName;
        this.handlers = handlers;
        this.counters = counters;
        this.log = log;
        this.nanoClock = nanoClock;
        this.cycleClock = cycleClock;
        this.threadFactory = threadFactory;
    }

    @Override
    public void onStart()
    {
        cycleClock.update(nanoClock.nanoTime());
        logStarted();
        for (final FeedHandler handler : handlers)
        {
            startedCount++;
            handler.onStart();
        }
    }

    @Override
    public int doWork()
    {
        final long nowNs = nanoClock.nanoTime();
        cycleClock.update(nowNs);
        int workCount = 0;
        final FeedHandler[] handlers = this.handlers;
        for (int i = 0; i < handlers.length; i++)
        {
            try
            {
                workCount += handlers[i].poll(nowNs);
            }
            catch (final Throwable ex)
            {
                onHandlerError(i, ex);
            }
        }
        return workCount;
    }

    @Override
    public void onClose()
    {
        cycleClock.update(nanoClock.nanoTime());
        for (int i = 0; i < startedCount; i++)
        {
            try
            {
                handlers[i].onClose();
            }
            catch (final Throwable ex)
            {
                log.claim(handlers[i].name(), EventCode.ERROR).append("onClose failed: ").append(ex).commit();
            }
        }
        log.emit(EventCode.STOPPED, "handlers", handlers.length);
    }

    @Override
    public String roleName()
    {
        return name;
    }

    private void onHandlerError(final int index, final Throwable error)
    {
        final FeedHandler handler = handlers[index];
        final Counters handlerCounters = counters[index];
        handlerCounters.increment(Counter.HANDLER_ERRORS);
        log.claim(handler.name(), EventCode.ERROR)
            .append("poll failed: ")
            .append(error)
            .arg("errors", handlerCounters.get(Counter.HANDLER_ERRORS))
            .commit();
        try
        {
            handler.onError(error);
        }
        catch (final Throwable ex)
        {
            log.claim(handler.name(), EventCode.ERROR).append("onError failed: ").append(ex).commit();
        }
    }

    private void logStarted()
    {
        final int requestedCpu = threadFactory.requestedCpu();
        final EventBuilder started = log.claim(EventCode.STARTED).append("idle=").append(idleName);
        if (CpuAffinity.NO_CPU == requestedCpu)
        {
            started.append(" cpu=none");
        }
        else
        {
            started.append(" cpu=").append(requestedCpu)
                .append(" held_cpu=").append(threadFactory.heldCpu())
                .append(" held_mask=").append(CpuAffinity.describe(threadFactory.heldCpus()));
        }
        started.arg("handlers", handlers.length).commit();
        if (CpuAffinity.NO_CPU != requestedCpu && !threadFactory.isPinned())
        {
            log.claim(EventCode.WARNING)
                .append("pinning to cpu ").append(requestedCpu)
                .append(" not effective: thread may run on ").append(CpuAffinity.describe(threadFactory.heldCpus()))
                .commit();
        }
    }
}
