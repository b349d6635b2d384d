package dev.spindle.replay.l3;

/**
 * An {@link EventSink} that also takes events already packed as {@link EventRecords}, so a model can hand them over
 * field by field without filling an {@link L3Event} first. A model writes to {@link #onRecord} when its sink is a
 * {@code RecordSink} and calls {@link #onEvent} otherwise; either way the sink sees each event once, in order, on the
 * model's thread.
 */
public interface RecordSink extends EventSink
{
    /**
     * Take the next event, as the {@value EventRecords#LONGS} longs of one record in {@link EventRecords} order.
     *
     * @param sequence           see {@link L3Event#sequence()}.
     * @param timestampMs        see {@link L3Event#timestampMs()}.
     * @param priceTicks         see {@link L3Event#priceTicks()}.
     * @param orderId            see {@link L3Event#orderId()}; 0 when the event names no order.
     * @param qty                see {@link L3Event#qty()}; 0 for an underflow.
     * @param remainingOrMissing {@link L3Event#remaining()}, or {@link L3Event#missingQty()} for an underflow.
     * @param flags              kind ordinal, {@link EventRecords#SIDE_ASK}, {@link EventRecords#HAS_ORDER_ID}.
     * @param refs               {@code levelRef << 32 | orderRef}, the refs as unsigned 32-bit halves.
     */
    void onRecord(
        long sequence, long timestampMs, long priceTicks, long orderId, long qty, long remainingOrMissing, long flags,
        long refs);
}
