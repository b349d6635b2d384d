package dev.spindle.tools.sim;

import java.time.Duration;

import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultInjector;
import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.fault.FaultTarget;

/**
 * The hooks every venue simulator offers alike, on its {@link SimControl}. They are thread safe; those that act
 * on connections or the stream run on the sender thread, between two frames, and return once done (at most a few
 * seconds). A subclass builds its servers and sender, then calls {@link #startSending} last in its constructor.
 */
public abstract class AbstractSimulator implements Simulator
{
    /** Set once by {@link #startSending}; volatile because the simulator may be handed to other threads. */
    private volatile SimControl control;

    /**
     * Take control of the running servers and start the sender; once, last in the subclass's constructor.
     *
     * @param sender    the venue's sender, not yet started.
     * @param wsServer  the bound WebSocket server.
     * @param faults    the simulator's fault injector.
     * @param closeRest closes the REST server; runs last in {@link #close()}.
     */
    protected final void startSending(
        final PacedSender sender, final SimWsServer<?> wsServer, final FaultInjector faults, final Runnable closeRest)
    {
        control = new SimControl(sender, wsServer, faults, closeRest);
        sender.start();
    }

    /** @return the running simulator's control; only once {@link #startSending} was called. */
    protected final SimControl control()
    {
        return control;
    }

    /**
     * Wait until every frame of a recording has been handed to the sockets (a synthetic source never ends).
     *
     * @param timeout how long to wait.
     * @return true if the source is exhausted.
     * @throws InterruptedException if interrupted.
     */
    public final boolean awaitSourceEnd(final Duration timeout) throws InterruptedException
    {
        return control().awaitSourceEnd(timeout);
    }

    /** Drop every client's TCP connection at once, without a close frame. */
    public final void disconnectAll()
    {
        control().disconnectAll();
    }

    /**
     * Close every client connection with a close frame.
     *
     * @param code   close code, e.g. 1001 or 1008.
     * @param reason close reason.
     */
    public final void closeAll(final int code, final String reason)
    {
        control().closeAll(code, reason);
    }

    /**
     * Stop sending frames for {@code durationMs}; frames that fall due meanwhile go out in a burst afterwards. The
     * connections stay open: heartbeats continue and requests are still answered.
     *
     * @param durationMs stall length.
     */
    public final void stall(final long durationMs)
    {
        control().stall(durationMs);
    }

    /**
     * Inject a fault (see {@link FaultSpec} for the syntax, e.g. {@code FaultSpec.parse("swap")}). A connection or
     * REST fault without a trigger has happened when this returns; a frame fault without a trigger hits the next
     * book frame (of any symbol); one with a trigger is scheduled as if given at the start.
     *
     * @param spec the fault.
     * @throws IllegalArgumentException for a fault the venue has no equivalent of.
     */
    public final void inject(final FaultSpec spec)
    {
        control().inject(spec);
    }

    /** @return how many times {@code fault} was injected so far (by {@code --fault} or {@link #inject}). */
    public final long injected(final Fault fault)
    {
        return control().injected(fault);
    }

    /**
     * Stop the sender, the WebSocket server (connections are closed with 1001) and the REST server, and wait for
     * their threads. Idempotent; bounded to a few seconds.
     */
    @Override
    public final void close()
    {
        control().close();
    }

    /**
     * The faults every venue answers alike: a stall holds the sender, a disconnect or close acts on the WebSocket
     * connections. The venue adds its REST faults and its shutdown notice. Called on the sender thread, which
     * {@link #startSending} starts only once the control is set.
     */
    protected abstract class VenueFaultTarget implements FaultTarget
    {
        @Override
        public final void stall(final long nowNs, final long durationNs)
        {
            control.sender().stall(nowNs, durationNs);
        }

        @Override
        public final void disconnectAll()
        {
            control.wsServer().abortAll();
        }

        @Override
        public final void closeAll(final int code, final String reason)
        {
            control.wsServer().closeAll(code, reason);
        }
    }
}
