package dev.spindle.binance.codec;

import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.book.Side;

/**
 * One diff-depth event ({@code depthUpdate}), spot or futures, decoded into reusable storage: fields carry their
 * wire names. Levels are absolute quantities; quantity 0 removes the level.
 * <p>
 * Mutable and reused: a decoder overwrites it on every frame, and whoever needs it longer copies it with
 * {@link #copyFrom(DepthUpdate)} (allocation-free once the level capacity suffices). Not thread safe.
 */
public final class DepthUpdate
{
    /** Value of {@link #pu()} when the event has no {@code pu} (spot). */
    public static final long NO_PU = -1;

    private final PriceLevels b;
    private final PriceLevels a;
    private int symbolIndex = SymbolTable.NOT_FOUND;
    private long eventTimeMs;
    private long transactionTimeMs;
    private long firstUpdateId;
    private long finalUpdateId;
    private long previousFinalUpdateId = NO_PU;

    /** @param initialLevels levels per side held before the first growth. */
    public DepthUpdate(final int initialLevels)
    {
        b = new PriceLevels(initialLevels);
        a = new PriceLevels(initialLevels);
    }

    /** Reset every field and empty both sides, keeping capacity. */
    public DepthUpdate clear()
    {
        symbolIndex = SymbolTable.NOT_FOUND;
        eventTimeMs = 0;
        transactionTimeMs = 0;
        firstUpdateId = 0;
        finalUpdateId = 0;
        previousFinalUpdateId = NO_PU;
        b.clear();
        a.clear();
        return this;
    }

    /** Overwrite this event with a copy of {@code other}. */
    public void copyFrom(final DepthUpdate other)
    {
        symbolIndex = other.symbolIndex;
        eventTimeMs = other.eventTimeMs;
        transactionTimeMs = other.transactionTimeMs;
        firstUpdateId = other.firstUpdateId;
        finalUpdateId = other.finalUpdateId;
        previousFinalUpdateId = other.previousFinalUpdateId;
        b.copyFrom(other.b);
        a.copyFrom(other.a);
    }

    /** @return index of the symbol in the decoder's {@link SymbolTable}. */
    public int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return {@code E}: event time, ms since the epoch (µs if the stream was opened with timeUnit=MICROSECOND). */
    public long E()
    {
        return eventTimeMs;
    }

    /** @return {@code T}: futures transaction (matching engine) time, ms; 0 on spot. */
    public long T()
    {
        return transactionTimeMs;
    }

    /** @return {@code U}: first update id in this event. */
    public long U()
    {
        return firstUpdateId;
    }

    /** @return {@code u}: final update id in this event; the book's id after applying it. */
    public long u()
    {
        return finalUpdateId;
    }

    /** @return {@code pu}: futures only, the previous event's {@code u}; {@link #NO_PU} on spot. */
    public long pu()
    {
        return previousFinalUpdateId;
    }

    /** @return {@code b}: bid levels in received order, price/qty mantissas at the instrument's scales. */
    public PriceLevels b()
    {
        return b;
    }

    /** @return {@code a}: ask levels in received order, price/qty mantissas at the instrument's scales. */
    public PriceLevels a()
    {
        return a;
    }

    /** @return {@link #b()} or {@link #a()}. */
    public PriceLevels levels(final Side side)
    {
        return side == Side.BID ? b : a;
    }

    /** @param symbolIndex index in the {@link SymbolTable}. */
    public DepthUpdate symbolIndex(final int symbolIndex)
    {
        this.symbolIndex = symbolIndex;
        return this;
    }

    /** @param eventTimeMs {@code E}. */
    public DepthUpdate E(final long eventTimeMs)
    {
        this.eventTimeMs = eventTimeMs;
        return this;
    }

    /** @param transactionTimeMs {@code T}. */
    public DepthUpdate T(final long transactionTimeMs)
    {
        this.transactionTimeMs = transactionTimeMs;
        return this;
    }

    /** @param firstUpdateId {@code U}. */
    public DepthUpdate U(final long firstUpdateId)
    {
        this.firstUpdateId = firstUpdateId;
        return this;
    }

    /** @param finalUpdateId {@code u}. */
    public DepthUpdate u(final long finalUpdateId)
    {
        this.finalUpdateId = finalUpdateId;
        return this;
    }

    /** @param previousFinalUpdateId {@code pu}, or {@link #NO_PU}. */
    public DepthUpdate pu(final long previousFinalUpdateId)
    {
        this.previousFinalUpdateId = previousFinalUpdateId;
        return this;
    }

    @Override
    public String toString()
    {
        return "DepthUpdate[symbol#" + symbolIndex + " E=" + eventTimeMs + " U=" + firstUpdateId + " u=" +
            finalUpdateId + (previousFinalUpdateId == NO_PU ? "" : " pu=" + previousFinalUpdateId) + " b=" +
            b.count() + " a=" + a.count() + "]";
    }
}
