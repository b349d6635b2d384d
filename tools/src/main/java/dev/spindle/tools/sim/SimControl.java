package dev.spindle.tools.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
 * and waited for, the connection hooks, fault injection, and the idempotent close (sender, then WebSocket server,
 * then REST server). Thread safe.
 */
public final class SimControl
{
    /**
     * Opens a venue's REST server.
     *
     * @param <R> the server.
     */
    @FunctionalInterface
    public interface RestOpener<R>
    {
        /**
         * @return the bound server.
         * @throws IOException if it cannot listen.
         */
        R open() throws IOException;
    }

    /** How long {@link #close()} waits for each of the sender and the WebSocket server, and half the bind wait. */
    private static final int STOP_TIMEOUT_MS = 2_000;

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

    /** @return the sender the commands run on. */
    PacedSender sender()
    {
        return sender;
    }

    /** @return the WebSocket server. */
    SimWsServer<?> wsServer()
    {
        return wsServer;
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

    /** Drop every client's TCP connection at once, without a close frame; waits as {@link #run} does. */
    public void disconnectAll()
    {
        run(nowNs -> wsServer.abortAll());
    }

    /**
     * Close every client connection with a close frame; waits as {@link #run} does.
     *
     * @param code   close code, e.g. 1001.
     * @param reason close reason.
     */
    public void closeAll(final int code, final String reason)
    {
        run(nowNs -> wsServer.closeAll(code, reason));
    }

    /**
     * Stop sending frames for {@code durationMs}; waits as {@link #run} does.
     *
     * @param durationMs stall length.
     */
    public void stall(final long durationMs)
    {
        run(nowNs -> sender.stall(nowNs, TimeUnit.MILLISECONDS.toNanos(durationMs)));
    }

    /**
     * @param timeout how long to wait.
     * @return true once the source is exhausted and every frame handed to the sockets.
     * @throws InterruptedException if interrupted.
     */
    public boolean awaitSourceEnd(final Duration timeout) throws InterruptedException
    {
        return sender.awaitSourceEnd(timeout.toMillis());
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
     * Start the WebSocket server, then open the REST server; if either fails the WebSocket server is stopped again.
     *
     * @param <R>      the REST server.
     * @param wsServer the unstarted WebSocket server.
     * @param config   the bind host and REST port, for the error.
     * @param rest     opens the REST server.
     * @return the REST server.
     * @throws UncheckedIOException if the REST server cannot listen (host and port named).
     * @throws IllegalStateException if the WebSocket server cannot start.
     */
    public static <R> R startServers(final SimWsServer<?> wsServer, final SimConfig config, final RestOpener<R> rest)
    {
        try
        {
            wsServer.startAndAwait(STOP_TIMEOUT_MS * 2L);
            return rest.open();
        }
        catch (final IOException ex)
        {
            stopWs(wsServer);
            throw new UncheckedIOException("REST server cannot listen on " + config.host() + ":" +
                config.restPort() + ": " + ex.getMessage(), ex);
        }
        catch (final RuntimeException ex)
        {
            stopWs(wsServer);
            throw ex;
        }
    }

    /**
     * Stop a WebSocket server (connections are closed with 1001), waiting at most {@link #STOP_TIMEOUT_MS}; an
     * interrupt is kept as the thread's flag.
     *
     * @param wsServer the server.
     */
    private static void stopWs(final SimWsServer<?> wsServer)
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
