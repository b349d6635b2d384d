package dev.spindle.replay.l3;

import dev.spindle.engine.book.Side;

/**
 * One inferred order-level event, with the fields of hft-rs's {@code InferredEvent} ({@code sequence},
 * {@code timestamp_ms}, {@code side}, {@code price_ticks}, {@code order_id}, {@code kind}) and exact quantities:
 * {@code qty}, {@code remaining} and {@code missingQty} are mantissas at the instrument's quantity scale.
 * <p>
 * A flyweight: a model fills one instance per event and hands it to its {@link EventSink}, which must copy what it
 * keeps. Not thread safe.
 */
public final class L3Event
{
    /** {@link #timestampMs()} of an event without one (snapshot seeding). */
    public static final long NO_TIMESTAMP = Long.MIN_VALUE;
    /** {@link #levelRef()} or {@link #orderRef()} when unknown. */
    public static final int NO_REF = -1;

    long sequence;
    long timestampMs = NO_TIMESTAMP;
    Side side = Side.BID;
    long priceTicks;
    long orderId;
    boolean hasOrderId;
    EventKind kind = EventKind.NEW;
    long qty;
    long remaining;
    long missingQty;
    int levelRef = NO_REF;
    int orderRef = NO_REF;

    /** @return the venue update id the event belongs to: the diff's {@code u}, or the snapshot's lastUpdateId. */
    public long sequence()
    {
        return sequence;
    }

    /** @return exchange time in ms ({@code T} if the diff has it, else {@code E}), or {@link #NO_TIMESTAMP}. */
    public long timestampMs()
    {
        return timestampMs;
    }

    /** @return true if {@link #timestampMs()} is set. */
    public boolean hasTimestamp()
    {
        return timestampMs != NO_TIMESTAMP;
    }

    /** @return side of the order. */
    public Side side()
    {
        return side;
    }

    /** @return the price as an integer number of ticks ({@code price * 10^precision}). */
    public long priceTicks()
    {
        return priceTicks;
    }

    /**
     * @return {@code (priceTicks << 32) | counter} as an unsigned 64-bit value held in a long (print it with
     * {@link Long#toUnsignedString(long)}); meaningful only if {@link #hasOrderId()}.
     */
    public long orderId()
    {
        return orderId;
    }

    /** @return false for {@link EventKind#UNDERFLOW}, which names no order. */
    public boolean hasOrderId()
    {
        return hasOrderId;
    }

    /** @return what happened. */
    public EventKind kind()
    {
        return kind;
    }

    /** @return quantity added, seeded, filled or cancelled; see {@link EventKind#hasQty()}. */
    public long qty()
    {
        return qty;
    }

    /** @return the order's quantity after a fill or cancel; see {@link EventKind#hasRemaining()}. */
    public long remaining()
    {
        return remaining;
    }

    /** @return the quantity an underflow could not take from the queue. */
    public long missingQty()
    {
        return missingQty;
    }

    /**
     * @return a small non-negative number naming the event's price level while it exists (numbers are reused after
     * a level is removed), or {@link #NO_REF}; a writer may key a cache of formatted prices on it, as long as it
     * checks the cached {@link #priceTicks()}.
     */
    public int levelRef()
    {
        return levelRef;
    }

    /**
     * @return a small non-negative number naming the event's order while it rests (reused after it leaves), or
     * {@link #NO_REF}; a writer may key a cache of formatted order ids on it, checking the cached {@link #orderId()}.
     */
    public int orderRef()
    {
        return orderRef;
    }

    /**
     * Set the cache references; {@link #set} resets them to {@link #NO_REF}.
     *
     * @return this.
     */
    public L3Event refs(final int levelRef, final int orderRef)
    {
        this.levelRef = levelRef;
        this.orderRef = orderRef;
        return this;
    }

    /**
     * Set every field; quantities a kind does not carry are stored as 0.
     *
     * @return this.
     */
    public L3Event set(
        final long sequence,
        final long timestampMs,
        final Side side,
        final long priceTicks,
        final boolean hasOrderId,
        final long orderId,
        final EventKind kind,
        final long qty,
        final long remaining,
        final long missingQty)
    {
        this.sequence = sequence;
        this.timestampMs = timestampMs;
        this.side = side;
        this.priceTicks = priceTicks;
        this.hasOrderId = hasOrderId;
        this.orderId = hasOrderId ? orderId : 0;
        this.kind = kind;
        this.qty = kind.hasQty() ? qty : 0;
        this.remaining = kind.hasRemaining() ? remaining : 0;
        this.missingQty = kind == EventKind.UNDERFLOW ? missingQty : 0;
        this.levelRef = NO_REF;
        this.orderRef = NO_REF;
        return this;
    }

    /** Copy every field of {@code other}. */
    public void copyFrom(final L3Event other)
    {
        sequence = other.sequence;
        timestampMs = other.timestampMs;
        side = other.side;
        priceTicks = other.priceTicks;
        hasOrderId = other.hasOrderId;
        orderId = other.orderId;
        kind = other.kind;
        qty = other.qty;
        remaining = other.remaining;
        missingQty = other.missingQty;
        levelRef = other.levelRef;
        orderRef = other.orderRef;
    }

    @Override
    public boolean equals(final Object o)
    {
        if (!(o instanceof L3Event))
        {
            return false;
        }
        final L3Event e = (L3Event)o;
        return sequence == e.sequence && timestampMs == e.timestampMs && side == e.side &&
            priceTicks == e.priceTicks && hasOrderId == e.hasOrderId && orderId == e.orderId && kind == e.kind &&
            qty == e.qty && remaining == e.remaining && missingQty == e.missingQty;
    }

    @Override
    public int hashCode()
    {
        return Long.hashCode(sequence * 31 + priceTicks) * 31 + Long.hashCode(orderId) + kind.ordinal();
    }

    @Override
    public String toString()
    {
        return "L3Event[seq=" + sequence + (hasTimestamp() ? " ts=" + timestampMs : "") + " " + side + " ticks=" +
            priceTicks + (hasOrderId ? " id=" + Long.toUnsignedString(orderId) : "") + " " + kind.wireName() +
            " qty=" + qty + " remaining=" + remaining + " missing=" + missingQty + "]";
    }
}
