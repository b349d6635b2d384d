package dev.spindle.replay;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

import dev.spindle.replay.input.Warnings;

/**
 * Prints warnings to a stream as {@code WARN <message>} and counts them; safe to call from the reader and replay
 * threads. After {@value #PRINTED_PER_KIND} of a kind, further ones are only counted (the summary gives totals).
 */
public final class ReplayWarnings implements Warnings
{
    /** Warnings of one kind printed before the rest are only counted. */
    public static final int PRINTED_PER_KIND = 20;

    private final PrintWriter err;
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong skippedLines = new AtomicLong();

    /** @param err where warnings are printed. */
    public ReplayWarnings(final PrintWriter err)
    {
        this.err = err;
    }

    @Override
    public void warn(final String message)
    {
        print(warnings.incrementAndGet(), message, "warnings");
    }

    @Override
    public void skippedLine(final String message)
    {
        print(skippedLines.incrementAndGet(), message + " (skipped)", "skipped lines");
    }

    /** @return warnings other than skipped lines. */
    public long warnings()
    {
        return warnings.get();
    }

    /** @return malformed lines skipped. */
    public long skippedLines()
    {
        return skippedLines.get();
    }

    private void print(final long count, final String message, final String kind)
    {
        if (count <= PRINTED_PER_KIND)
        {
            err.println("WARN " + message);
        }
        else if (count == PRINTED_PER_KIND + 1)
        {
            err.println("WARN more " + kind + " follow; only their count is reported");
        }
    }
}
