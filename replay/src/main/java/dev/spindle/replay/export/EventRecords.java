package dev.spindle.replay.export;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.L3Event;

/**
 * Events packed as {@value #LONGS} longs each, the form in which the replay thread hands events to the writer
 * thread ({@link AsyncEventSink}) and writers read them back ({@link RecordWriter}):
 * {@code sequence, timestamp_ms, price_ticks, order_id, qty, remaining or missing_qty, flags, refs}, where flags
 * hold the kind's ordinal, the side and whether there is an order id, and refs hold
 * {@code levelRef << 32 | orderRef}.
 */
public final class EventRecords
{
    /** Longs per event. */
    public static final int LONGS = 8;

    static final int SEQUENCE = 0;
    static final int TIMESTAMP = 1;
    static final int TICKS = 2;
    static final int ORDER_ID = 3;
    static final int QTY = 4;
    static final int REMAINING_OR_MISSING = 5;
    static final int FLAGS = 6;
    static final int REFS = 7;
    static final int KIND_MASK = 0xFF;
    static final int SIDE_ASK = 1 << 8;
    static final int HAS_ORDER_ID = 1 << 9;

    private EventRecords()
    {
    }

    /** Pack {@code event} at {@code records[at..at+7]}. */
    public static void pack(final L3Event event, final long[] records, final int at)
    {
        final EventKind kind = event.kind();
        records[at + SEQUENCE] = event.sequence();
        records[at + TIMESTAMP] = event.timestampMs();
        records[at + TICKS] = event.priceTicks();
        records[at + ORDER_ID] = event.orderId();
        records[at + QTY] = event.qty();
        records[at + REMAINING_OR_MISSING] = kind == EventKind.UNDERFLOW ? event.missingQty() : event.remaining();
        records[at + FLAGS] = kind.ordinal() | (event.side() == Side.ASK ? SIDE_ASK : 0) |
            (event.hasOrderId() ? HAS_ORDER_ID : 0);
        records[at + REFS] = ((long)event.levelRef() << 32) | (event.orderRef() & 0xFFFF_FFFFL);
    }
}
