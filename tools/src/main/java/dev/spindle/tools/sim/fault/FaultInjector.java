package dev.spindle.tools.sim.fault;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;

/**
 * Runs a simulator's faults: those scheduled by {@code --fault} and those injected at run time
 * ({@link #inject(FaultSpec)}). One per simulator, shared by every venue: the venue's sender thread calls
 * {@link #doWork} on each loop turn and {@link #onMarketFrame} before each market frame; the injector calls back
 * the venue's {@link FaultTarget} for connection and REST faults, and names the frame fault the sender must apply.
 * <p>
 * Threading: {@link #inject} and {@link #injected} from any thread; everything else on the sender thread only.
 */
public final class FaultInjector
{
    private static final long NONE = Long.MIN_VALUE;
    private static final long IDLE_WAKE_NS = 1_000_000_000L;
    private static final String REASON = "simulated fault";

    private final String venue;
    private final Predicate<Fault> supported;
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final ConcurrentLinkedQueue<FaultSpec> injectedSpecs = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<FaultSpec> pendingFrameFaults = new ArrayDeque<>();
    private final AtomicLongArray applied = new AtomicLongArray(Fault.values().length);
    private long startNs = NONE;
    private long frames;

    /**
     * @param venue     the venue's name, for error messages.
     * @param specs     scheduled faults, as parsed from {@code --fault}.
     * @param supported the faults this venue's simulator implements.
     * @throws IllegalArgumentException naming the first spec the venue does not support.
     */
    public FaultInjector(final String venue, final List<FaultSpec> specs, final Predicate<Fault> supported)
    {
        this.venue = venue;
        this.supported = supported;
        for (final FaultSpec spec : specs)
        {
            check(spec);
            if (spec.isNow())
            {
                injectedSpecs.add(spec);
            }
            else
            {
                scheduled.add(new Scheduled(spec));
            }
        }
    }

    /**
     * Queue a fault; a spec without a trigger happens on the sender's next turn (a frame fault: on the next market
     * frame), one with a trigger is scheduled as if it had been given at the start.
     *
     * @param spec the fault.
     * @throws IllegalArgumentException if the venue does not support it.
     */
    public void inject(final FaultSpec spec)
    {
        check(spec);
        injectedSpecs.add(spec);
    }

    /** @return how many times {@code fault} was applied so far. */
    public long injected(final Fault fault)
    {
        return applied.get(fault.ordinal());
    }

    /**
     * Run the queued and the time-triggered faults that are due; frame faults wait for the next market frame.
     *
     * @param nowNs  {@link System#nanoTime()} read once by the caller.
     * @param target the venue's connections and REST server.
     * @return when a timed fault is next due (at most a second away).
     */
    public long doWork(final long nowNs, final FaultTarget target)
    {
        if (startNs == NONE)
        {
            startNs = nowNs;
        }
        FaultSpec spec;
        while ((spec = injectedSpecs.poll()) != null)
        {
            if (spec.isNow())
            {
                fire(spec, nowNs, target);
            }
            else
            {
                scheduled.add(new Scheduled(spec));
            }
        }
        long wakeNs = nowNs + IDLE_WAKE_NS;
        for (int i = scheduled.size() - 1; i >= 0; i--)
        {
            final Scheduled s = scheduled.get(i);
            if (s.spec.atNs() < 0)
            {
                continue;
            }
            final long dueNs = startNs + s.nextNs;
            if (nowNs - dueNs >= 0)
            {
                fire(s.spec, nowNs, target);
                if (!s.spec.repeat())
                {
                    scheduled.remove(i);
                    continue;
                }
                s.nextNs += s.spec.atNs();
            }
            final long nextDueNs = startNs + s.nextNs;
            if (nextDueNs - wakeNs < 0)
            {
                wakeNs = nextDueNs;
            }
        }
        return wakeNs;
    }

    /**
     * A market frame is about to be sent: count it, run the faults triggered by its number, and say which frame fault
     * (if any) applies to it.
     *
     * @param nowNs  {@link System#nanoTime()} read once by the caller.
     * @param target the venue's connections and REST server.
     * @return the frame fault to apply to this frame (with its argument), or null to send it as it is.
     */
    public FaultSpec onMarketFrame(final long nowNs, final FaultTarget target)
    {
        frames++;
        for (int i = scheduled.size() - 1; i >= 0; i--)
        {
            final Scheduled s = scheduled.get(i);
            if (s.spec.atFrame() == 0 || frames < s.nextFrame)
            {
                continue;
            }
            fire(s.spec, nowNs, target);
            if (s.spec.repeat())
            {
                s.nextFrame += s.spec.atFrame();
            }
            else
            {
                scheduled.remove(i);
            }
        }
        final FaultSpec frameFault = pendingFrameFaults.poll();
        if (frameFault == null)
        {
            return null;
        }
        applied.incrementAndGet(frameFault.fault().ordinal());
        return frameFault;
    }

    private void fire(final FaultSpec spec, final long nowNs, final FaultTarget target)
    {
        final Fault fault = spec.fault();
        if (fault.isFrameFault())
        {
            pendingFrameFaults.add(spec);
            return;
        }
        applied.incrementAndGet(fault.ordinal());
        switch (fault)
        {
            case STALL -> target.stall(nowNs, spec.argument() * 1_000_000L);
            case DISCONNECT -> target.disconnectAll();
            case CLOSE -> target.closeAll((int)spec.argument(), REASON);
            case SHUTDOWN -> target.serverShutdown(nowNs);
            case REST -> target.failNextRest((int)spec.argument(), (int)spec.extra());
            case STALE_SNAPSHOT -> target.staleNextSnapshot((int)spec.argument());
            default -> throw new IllegalStateException("not a connection fault: " + fault);
        }
    }

    private void check(final FaultSpec spec)
    {
        if (!supported.test(spec.fault()))
        {
            throw new IllegalArgumentException("--fault " + spec + ": the " + venue + " simulator has no " +
                spec.fault().flagName() + " fault");
        }
    }

    /** A scheduled spec and when it is next due. */
    private static final class Scheduled
    {
        final FaultSpec spec;
        long nextFrame;
        long nextNs;

        Scheduled(final FaultSpec spec)
        {
            this.spec = spec;
            this.nextFrame = spec.atFrame();
            this.nextNs = spec.atNs();
        }
    }
}
