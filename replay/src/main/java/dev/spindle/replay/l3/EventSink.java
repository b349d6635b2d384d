package dev.spindle.replay.l3;

/**
 * Receives inferred events in order, on the replay thread. The event is a flyweight valid only during the call.
 */
@FunctionalInterface
public interface EventSink
{
    /** A sink that drops every event. */
    EventSink NONE = event ->
    {
    };

    /** @param event the next event; copy what must outlive the call. */
    void onEvent(L3Event event);
}
