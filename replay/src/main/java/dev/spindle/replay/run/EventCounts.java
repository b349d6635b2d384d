package dev.spindle.replay.run;

import java.util.function.ToLongFunction;

import dev.spindle.replay.l3.EventKind;

/** Events written by a replay's model, by {@link EventKind} ordinal: gathered once at the end, then summed. */
public final class EventCounts
{
    private EventCounts()
    {
    }

    /**
     * @param model the model's count of each kind, or null when the replay ran without a model.
     * @return the counts by ordinal; all zero without a model. Allocates (once, at the end of a replay).
     */
    public static long[] of(final ToLongFunction<EventKind> model)
    {
        final long[] events = new long[EventKind.count()];
        if (model != null)
        {
            for (final EventKind kind : EventKind.values())
            {
                events[kind.ordinal()] = model.applyAsLong(kind);
            }
        }
        return events;
    }

    /** @return the sum of {@code events}, every kind. */
    public static long total(final long[] events)
    {
        long total = 0;
        for (final long count : events)
        {
            total += count;
        }
        return total;
    }
}
