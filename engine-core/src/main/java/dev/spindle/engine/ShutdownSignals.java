package dev.spindle.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.ShutdownSignalBarrier;

/**
 * Turns SIGINT/SIGTERM into one run of a close action, for {@code main} methods:
 * <pre>{@code
 * try (ShutdownSignals signals = ShutdownSignals.install(() -> CloseHelper.closeAll(engine, reporter, log)))
 * {
 *     signals.await(durationMs); // returns on a signal or when --duration elapses
 * } // close() runs the action if no signal did, and waits for it
 * }</pre>
 * Built on Agrona's {@link ShutdownSignalBarrier}, which replaces the JVM's default INT/TERM handling, so the JVM
 * does not exit on a signal by itself: the close action runs (on a watcher thread), {@code main} returns and the
 * process exits 0 after an orderly shutdown. The close action runs at most once, whoever triggers it, and every
 * trigger waits until it has finished.
 */
public final class ShutdownSignals implements AutoCloseable
{
    private final Runnable closeAction;
    private final ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
    private final CountDownLatch requested = new CountDownLatch(1);
    private final Thread watcher;
    private boolean actionRun;

    private ShutdownSignals(final Runnable closeAction)
    {
        this.closeAction = closeAction;
        watcher = new Thread(this::watch, "spindle-shutdown-signals");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * @param closeAction what to run once on SIGINT/SIGTERM or on {@link #close()}; typically closes everything in
     *                    reverse order of opening.
     * @return the installed signal watcher.
     */
    public static ShutdownSignals install(final Runnable closeAction)
    {
        return new ShutdownSignals(closeAction);
    }

    /**
     * Block until a signal arrives, the close action has run, or the timeout elapses.
     *
     * @param timeoutMs how long to wait; 0 or negative waits without limit.
     * @return true if shutdown was requested (signal or close), false on timeout.
     * @throws InterruptedException if the waiting thread is interrupted.
     */
    public boolean await(final long timeoutMs) throws InterruptedException
    {
        if (timeoutMs <= 0)
        {
            requested.await();
            return true;
        }
        return requested.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** @return true once a signal arrived or {@link #close()} was called. */
    public boolean isShutdownRequested()
    {
        return requested.getCount() == 0;
    }

    /**
     * Stop watching for signals and run the close action if it has not run yet (or wait for it to finish if a
     * signal started it). Idempotent.
     */
    @Override
    public void close()
    {
        barrier.remove();
        requested.countDown();
        try
        {
            runCloseActionOnce();
        }
        finally
        {
            barrier.signal();
            if (Thread.currentThread() != watcher)
            {
                try
                {
                    watcher.join();
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void watch()
    {
        barrier.await();
        requested.countDown();
        runCloseActionOnce();
    }

    private synchronized void runCloseActionOnce()
    {
        // Synchronized so a second trigger waits for the first run to finish instead of racing ahead to exit.
        if (!actionRun)
        {
            actionRun = true;
            closeAction.run();
        }
    }
}
