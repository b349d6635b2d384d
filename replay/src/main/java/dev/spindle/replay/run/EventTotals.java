package dev.spindle.replay.run;

import dev.spindle.replay.l3.EventKind;

/** A replay's result's events written, by {@link EventKind}. */
public interface EventTotals
{
    /** @return events written, by {@link EventKind} ordinal. */
    long[] events();

    /** @return events of {@code kind}. */
    default long events(final EventKind kind)
    {
        return events()[kind.ordinal()];
    }

    /** @return events of every kind. */
    default long totalEvents()
    {
        return EventCounts.total(events());
    }
}
