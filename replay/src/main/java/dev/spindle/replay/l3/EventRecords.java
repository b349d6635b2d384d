package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * Events packed as {@value #LONGS} longs each, the form in which a model hands events to a {@link RecordSink}
 * (the replay's writer hand-over) and writers read them back:
 * {@code sequence, timestamp_ms, price_ticks, order_id, qty, remaining or missing_qty, flags, refs}, where flags
 * hold the kind's ordinal, the side and whether there is an order id, and refs hold
 * {@code levelRef << 32 | orderRef}.
 */
public final class EventRecords
{
    /** Longs per event. */
    public static final int LONGS = 8;

    /** Offset of {@code sequence} in a record. */
    public static final int SEQUENCE = 0;
    /** Offset of {@code timestamp_ms} ({@link L3Event#NO_TIMESTAMP} if none). */
    public static final int TIMESTAMP = 1;
    /** Offset of {@code price_ticks}. */
    public static final int TICKS = 2;
    /** Offset of {@code order_id} (0 if none). */
    public static final int ORDER_ID = 3;
    /** Offset of {@code qty} (0 for an underflow). */
    public static final int QTY = 4;
    /** Offset of {@code remaining}, or of {@code missing_qty} for an underflow. */
    public static final int REMAINING_OR_MISSING = 5;
    /** Offset of the flags: kind ordinal, {@link #SIDE_ASK}, {@link #HAS_ORDER_ID}. */
    public static final int FLAGS = 6;
    /** Offset of {@code levelRef << 32 | orderRef}. */
    public static final int REFS = 7;
    /** Flag bits holding {@link EventKind#ordinal()}. */
    public static final int KIND_MASK = 0xFF;
    /** Flag bit set for an ask. */
    public static final int SIDE_ASK = 1 << 8;
    /** Flag bit set when the event names an order. */
    public static final int HAS_ORDER_ID = 1 << 9;

    private EventRecords()
    {
    }

    /** Pack {@code event} at {@code records[at..at+7]}. */
    public static void pack(final L3Event event, final long[] records, final int at)
    {
        final EventKind kind = event.kind();
        put(records, at, event.sequence(), event.timestampMs(), event.priceTicks(), event.orderId(), event.qty(),
            kind == EventKind.UNDERFLOW ? event.missingQty() : event.remaining(),
            flags(kind, event.side(), event.hasOrderId()), refs(event.levelRef(), event.orderRef()));
    }

    /** @return the {@link #FLAGS} long of an event. */
    public static long flags(final EventKind kind, final Side side, final boolean hasOrderId)
    {
        return kind.ordinal() | (side == Side.ASK ? SIDE_ASK : 0) | (hasOrderId ? HAS_ORDER_ID : 0);
    }

    /** @return the {@link #REFS} long: {@code levelRef << 32 | orderRef}, the refs as unsigned 32-bit halves. */
    public static long refs(final int levelRef, final int orderRef)
    {
        return ((long)levelRef << 32) | (orderRef & 0xFFFF_FFFFL);
    }

    /**
     * Write one record's {@value #LONGS} longs at {@code records[at]}; the arguments are those of
     * {@link RecordSink#onRecord}.
     */
    public static void put(
        final long[] records, final int at, final long sequence, final long timestampMs, final long priceTicks,
        final long orderId, final long qty, final long remainingOrMissing, final long flags, final long refs)
    {
        records[at + SEQUENCE] = sequence;
        records[at + TIMESTAMP] = timestampMs;
        records[at + TICKS] = priceTicks;
        records[at + ORDER_ID] = orderId;
        records[at + QTY] = qty;
        records[at + REMAINING_OR_MISSING] = remainingOrMissing;
        records[at + FLAGS] = flags;
        records[at + REFS] = refs;
    }
}
