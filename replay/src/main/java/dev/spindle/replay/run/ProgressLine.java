package dev.spindle.replay.run;

import java.io.PrintWriter;

/**
 * The progress line of a long replay on stderr: share of the capture read, records so far and the update id (or
 * time) reached, rate, and optionally time left; first after 2 s, then every second. Runs on the replay thread;
 * call {@link #maybePrint} often, it reads the clock and returns at once when no line is due.
 */
public final class ProgressLine
{
    private static final long FIRST_AFTER_NS = 2_000_000_000L;
    private static final long EVERY_NS = 1_000_000_000L;

    private final PrintWriter err;
    private final long startNs;
    private final String countFormat;
    private final boolean eta;
    private long nextNs;

    /**
     * @param err      where the line goes.
     * @param startNs  {@link System#nanoTime()} at the start of the replay.
     * @param records  what is counted, plural, e.g. {@code diffs}.
     * @param idName   the name of the position reached, e.g. {@code u}.
     * @param rateUnit the unit of the rate, e.g. {@code diffs} (printed as {@code diffs/s}).
     * @param eta      true to append the time left.
     */
    public ProgressLine(final PrintWriter err, final long startNs, final String records, final String idName,
        final String rateUnit, final boolean eta)
    {
        this.err = err;
        this.startNs = startNs;
        this.countFormat = "%,d " + records + ", " + idName + "=%d, %,.0f " + rateUnit + "/s";
        this.eta = eta;
        this.nextNs = startNs + FIRST_AFTER_NS;
    }

    /**
     * @param fraction share of the capture read, 0 to 1, 0 or negative if unknown.
     * @param records  records read so far.
     * @param id       the last record's update id or time.
     */
    public void maybePrint(final double fraction, final long records, final long id)
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
        line.append(String.format(countFormat, records, id, records / elapsedS));
        if (eta && fraction > 0 && fraction < 1)
        {
            line.append(String.format(", ETA %.0f s", elapsedS * (1 - fraction) / fraction));
        }
        err.println(line);
    }
}
