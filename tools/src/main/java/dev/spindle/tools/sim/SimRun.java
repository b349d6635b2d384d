package dev.spindle.tools.sim;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.spindle.capture.format.RecordingException;

/**
 * What every {@code sim <venue>} command does once its config is built: start the simulator, print its banner, run
 * until Ctrl-C or the duration, close it, print its counters. A Ctrl-C hook lets the close finish (up to 5 s)
 * before the JVM exits.
 */
public final class SimRun
{
    private SimRun()
    {
    }

    /**
     * @param hookName  name of the shutdown-hook thread, e.g. {@code sim-binance-shutdown}.
     * @param out       where the banner and counters go.
     * @param err       where a start failure goes, as one {@code error: ...} line.
     * @param start     starts the simulator; its failures are reported, not thrown.
     * @param duration  how long to run, or null for until Ctrl-C.
     * @param onStarted prints the banner; runs before the wait.
     * @param onStopped prints the counters; runs after the close.
     * @param <S>       the venue's simulator.
     * @return the exit code: 0, or 1 if the simulator did not start.
     * @throws InterruptedException if the waiting thread is interrupted; the simulator is closed first.
     */
    public static <S extends Simulator> int run(
        final String hookName,
        final PrintWriter out,
        final PrintWriter err,
        final Supplier<S> start,
        final Duration duration,
        final BiConsumer<S, PrintWriter> onStarted,
        final BiConsumer<S, PrintWriter> onStopped) throws InterruptedException
    {
        final CountDownLatch stop = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);
        final Thread hook = new Thread(() ->
        {
            stop.countDown();
            try
            {
                closed.await(5, TimeUnit.SECONDS);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }, hookName);
        final S sim;
        try
        {
            sim = start.get();
        }
        catch (final RecordingException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex)
        {
            err.println("error: " + ex.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        try (sim)
        {
            onStarted.accept(sim, out);
            out.flush();
            if (duration == null)
            {
                stop.await();
            }
            else
            {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        finally
        {
            closed.countDown();
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // Ctrl-C: the JVM is already running the hook, which is waiting for this close to finish.
            }
        }
        onStopped.accept(sim, out);
        out.flush();
        return 0;
    }
}
