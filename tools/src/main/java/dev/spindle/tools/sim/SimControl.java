package dev.spindle.tools.sim;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultInjector;
import dev.spindle.tools.sim.fault.FaultSpec;

/**
 * The start/stop plumbing a simulator shares once its servers and sender run: commands run on the sender thread
 * and waited for, fault injection, and the idempotent close (sender, then WebSocket server, then REST server).
 * Thread safe.
 */
public final class SimControl
{
    /** How long {@link #close()} waits for each of the sender and the WebSocket server, and half the bind wait. */
    public static final int STOP_TIMEOUT_MS = 2_000;

    private static final long COMMAND_TIMEOUT_MS = 5_000;

    private final PacedSender sender;
    private final SimWsServer<?> wsServer;
    private final FaultInjector faults;
    private final Runnable closeRest;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param sender    the running sender; commands and faults run on its thread.
     * @param wsServer  the bound WebSocket server.
     * @param faults    the simulator's fault injector.
     * @param closeRest closes the REST server; runs last in {@link #close()}.
     */
    public SimControl(
        final PacedSender sender, final SimWsServer<?> wsServer, final FaultInjector faults, final Runnable closeRest)
    {
        this.sender = sender;
        this.wsServer = wsServer;
        this.faults = faults;
        this.closeRest = closeRest;
    }

    /**
     * Run {@code command} on the sender thread between two frames and wait for it (at most 5 s).
     *
     * @param command gets {@link System#nanoTime()} of the sender loop.
     * @throws IllegalStateException if the simulator is closed, the command failed or timed out.
     */
    public void run(final LongConsumer command)
    {
        if (closed.get() || !sender.isRunning())
        {
            throw new IllegalStateException("simulator is closed");
        }
        try
        {
            sender.submit(command).get(COMMAND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the simulator", ex);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            throw new IllegalStateException("simulator command failed: " + ex, ex);
        }
    }

    /**
     * Inject a fault: a connection or REST fault without a trigger has happened when this returns; a frame fault
     * or one with a trigger is scheduled.
     *
     * @param spec the fault.
     * @throws IllegalArgumentException for a fault the venue has no equivalent of.
     */
    public void inject(final FaultSpec spec)
    {
        faults.inject(spec);
        if (!spec.fault().isFrameFault() && spec.isNow())
        {
            run(nowNs -> faults.doWork(nowNs, sender.target()));
        }
    }

    /**
     * @param fault the kind.
     * @return how many times it was injected so far.
     */
    public long injected(final Fault fault)
    {
        return faults.injected(fault);
    }

    /** Stop the sender, the WebSocket server and the REST server, waiting for their threads. Idempotent. */
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        try
        {
            sender.stop(STOP_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        stopWs(wsServer);
        closeRest.run();
    }

    /**
     * Stop a WebSocket server (connections are closed with 1001), waiting at most {@link #STOP_TIMEOUT_MS}; an
     * interrupt is kept as the thread's flag.
     *
     * @param wsServer the server.
     */
    public static void stopWs(final SimWsServer<?> wsServer)
    {
        try
        {
            wsServer.stop(STOP_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
