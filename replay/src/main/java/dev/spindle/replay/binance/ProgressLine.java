package dev.spindle.replay.binance;

import java.io.PrintWriter;

/**
 * The progress line of a long replay on stderr: share of the capture read, diffs so far and the update id reached,
 * rate, and time left; first after 2 s, then every second. Runs on the replay thread; call {@link #maybePrint}
 * often, it reads the clock and returns at once when no line is due.
 */
final class ProgressLine
{
    private static final long FIRST_AFTER_NS = 2_000_000_000L;
    private static final long EVERY_NS = 1_000_000_000L;

    private final PrintWriter err;
    private final long startNs;
    private long nextNs;

    ProgressLine(final PrintWriter err, final long startNs)
    {
        this.err = err;
        this.startNs = startNs;
        this.nextNs = startNs + FIRST_AFTER_NS;
    }

    /**
     * @param fraction share of the capture read, 0 to 1, negative if unknown.
     * @param diffs    diffs read so far.
     * @param u        the last diff's update id.
     */
    void maybePrint(final double fraction, final long diffs, final long u)
    {
        final long nowNs = System.nanoTime();
        if (nowNs - nextNs < 0)
        {
            return;
        }
        nextNs = nowNs + EVERY_NS;
        final double elapsedS = (nowNs - startNs) / 1e9;
        final StringBuilder line = new StringBuilder("replay: ");
        if (fraction > 0)
        {
            line.append(String.format("%.1f%% ", fraction * 100));
        }
        line.append(String.format("%,d diffs, u=%d, %,.0f diffs/s", diffs, u, diffs / elapsedS));
        if (fraction > 0 && fraction < 1)
        {
            line.append(String.format(", ETA %.0f s", elapsedS * (1 - fraction) / fraction));
        }
        err.println(line);
    }
}
