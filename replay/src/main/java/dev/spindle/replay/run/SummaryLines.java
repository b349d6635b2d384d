package dev.spindle.replay.run;

import java.io.PrintWriter;

import dev.spindle.replay.l3.EventKind;

/** The closing lines every replay prints on stderr, whatever the venue: events by kind, and the final speed. */
public final class SummaryLines
{
    private SummaryLines()
    {
    }

    /**
     * {@code replay: model M: N events (new n, ...), B bytes written}.
     *
     * @param err        where the line goes.
     * @param model      the model's name.
     * @param events     events by {@link EventKind} ordinal.
     * @param eventBytes bytes of event output.
     */
    public static void events(final PrintWriter err, final String model, final long[] events, final long eventBytes)
    {
        final StringBuilder kinds = new StringBuilder();
        for (final EventKind kind : EventKind.values())
        {
            kinds.append(kinds.length() == 0 ? "" : ", ").append(kind.wireName()).append(' ')
                .append(String.format("%,d", events[kind.ordinal()]));
        }
        err.println(String.format("replay: model %s: %,d events (%s), %,d bytes written", model,
            EventCounts.total(events), kinds, eventBytes));
    }

    /**
     * {@code replay: final book ID=I; wall S s, R UNIT/s}.
     *
     * @param err     where the line goes.
     * @param idName  the name of the book's position, e.g. {@code u}.
     * @param id      the final book's update id or time.
     * @param wallNs  wall time of the replay.
     * @param records records read, for the rate.
     * @param unit    what the records are, plural.
     */
    public static void wall(final PrintWriter err, final String idName, final long id, final long wallNs,
        final long records, final String unit)
    {
        final double seconds = wallNs / 1e9;
        err.println(String.format("replay: final book %s=%d; wall %.2f s, %,.0f %s/s", idName, id, seconds,
            records / Math.max(seconds, 1e-9), unit));
    }
}
