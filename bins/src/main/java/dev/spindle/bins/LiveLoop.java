package dev.spindle.bins;

import java.io.PrintWriter;
import java.time.Duration;

import dev.spindle.engine.ShutdownSignals;

/** The foreground of every live command: status lines every interval until the duration or a signal, a summary. */
final class LiveLoop
{
    private LiveLoop()
    {
    }

    /**
     * Print status lines until {@code duration} passed or SIGINT/SIGTERM arrived, close the run (on the signal
     * thread after a signal) and print the summary.
     *
     * @param out        where status lines go.
     * @param printer    the run's printer.
     * @param closeRun   closes the running job (idempotently), before the summary.
     * @param duration   how long to run, or null until a signal.
     * @param intervalMs status period.
     */
    static void run(
        final PrintWriter out,
        final StatusPrinter printer,
        final Runnable closeRun,
        final Duration duration,
        final long intervalMs) throws InterruptedException
    {
        final long startNs = System.nanoTime();
        final long durationNs = null == duration ? Long.MAX_VALUE : duration.toNanos();
        try (ShutdownSignals signals = ShutdownSignals.install(closeRun))
        {
            while (true)
            {
                final long leftNs = durationNs - (System.nanoTime() - startNs);
                if (leftNs <= 0 || signals.await(Math.max(1, Math.min(intervalMs, leftNs / 1_000_000L))))
                {
                    break;
                }
                printer.printStatus(out);
            }
        }
        printer.printSummary(out, (System.nanoTime() - startNs) / 1_000_000L);
    }
}
