package dev.spindle.replay.l3;

import java.util.ArrayList;
import java.util.List;

/** Keeps a copy of every event, for assertions. */
final class RecordingSink implements EventSink
{
    final List<L3Event> events = new ArrayList<>();

    @Override
    public void onEvent(final L3Event event)
    {
        final L3Event copy = new L3Event();
        copy.copyFrom(event);
        events.add(copy);
    }

    /** @return the events as compact strings: {@code kind side ticks#counter qty/remaining/missing}. */
    List<String> lines()
    {
        final List<String> lines = new ArrayList<>();
        for (final L3Event e : events)
        {
            final String id = e.hasOrderId() ? "#" + (e.orderId() & 0xFFFF_FFFFL) : "";
            final String qty = e.kind() == EventKind.UNDERFLOW ? "missing=" + e.missingQty() :
                e.kind().hasRemaining() ? e.qty() + "/" + e.remaining() : String.valueOf(e.qty());
            lines.add(e.kind().wireName() + " " + e.side() + " " + e.priceTicks() + id + " " + qty + " seq=" +
                e.sequence() + (e.hasTimestamp() ? " ts=" + e.timestampMs() : ""));
        }
        return lines;
    }

    void clear()
    {
        events.clear();
    }
}
