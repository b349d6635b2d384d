package dev.spindle.binance.codec;

import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.book.Side;

/**
 * A REST depth snapshot ({@code GET /api/v3/depth}, {@code /fapi/v1/depth}, {@code /dapi/v1/depth}) decoded into
 * reusable storage, with the decimals the venue wrote so the instrument can learn them.
 * <p>
 * Mutable and reused; not thread safe. Snapshots are rare and large (up to 5000 levels a side), so the level
 * capacity grows to the largest seen.
 */
public final class DepthSnapshot
{
    private final PriceLevels bids;
    private final PriceLevels asks;
    private int symbolIndex = SymbolTable.NOT_FOUND;
    private long lastUpdateId;
    private long messageTimeMs;
    private long transactionTimeMs;
    private int priceDecimals;
    private int qtyDecimals;

    /** @param initialLevels levels per side held before the first growth (the snapshot {@code limit} fits). */
    public DepthSnapshot(final int initialLevels)
    {
        bids = new PriceLevels(initialLevels);
        asks = new PriceLevels(initialLevels);
    }

    /** Reset every field and empty both sides, keeping capacity. */
    public DepthSnapshot clear()
    {
        symbolIndex = SymbolTable.NOT_FOUND;
        lastUpdateId = 0;
        messageTimeMs = 0;
        transactionTimeMs = 0;
        priceDecimals = 0;
        qtyDecimals = 0;
        bids.clear();
        asks.clear();
        return this;
    }

    /** @return index in the {@link SymbolTable} of the symbol this snapshot was requested for. */
    public int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return {@code lastUpdateId}: the update id the snapshot reflects. */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /** @return {@code E}: futures message time, ms; 0 on spot. */
    public long E()
    {
        return messageTimeMs;
    }

    /** @return {@code T}: futures transaction time, ms; 0 on spot. */
    public long T()
    {
        return transactionTimeMs;
    }

    /** @return bids best first (as the venue sends them), mantissas at the instrument's scales. */
    public PriceLevels bids()
    {
        return bids;
    }

    /** @return asks best first (as the venue sends them), mantissas at the instrument's scales. */
    public PriceLevels asks()
    {
        return asks;
    }

    /** @return {@link #bids()} or {@link #asks()}. */
    public PriceLevels levels(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    /** @return most fraction digits written in any price string. */
    public int priceDecimals()
    {
        return priceDecimals;
    }

    /** @return most fraction digits written in any quantity string. */
    public int qtyDecimals()
    {
        return qtyDecimals;
    }

    /** @param symbolIndex index in the {@link SymbolTable}. */
    public DepthSnapshot symbolIndex(final int symbolIndex)
    {
        this.symbolIndex = symbolIndex;
        return this;
    }

    /** @param lastUpdateId {@code lastUpdateId}. */
    public DepthSnapshot lastUpdateId(final long lastUpdateId)
    {
        this.lastUpdateId = lastUpdateId;
        return this;
    }

    /** @param messageTimeMs {@code E}. */
    public DepthSnapshot E(final long messageTimeMs)
    {
        this.messageTimeMs = messageTimeMs;
        return this;
    }

    /** @param transactionTimeMs {@code T}. */
    public DepthSnapshot T(final long transactionTimeMs)
    {
        this.transactionTimeMs = transactionTimeMs;
        return this;
    }

    /** Record the decimals written in the snapshot's strings. */
    public DepthSnapshot decimals(final int priceDecimals, final int qtyDecimals)
    {
        this.priceDecimals = priceDecimals;
        this.qtyDecimals = qtyDecimals;
        return this;
    }

    @Override
    public String toString()
    {
        return "DepthSnapshot[symbol#" + symbolIndex + " lastUpdateId=" + lastUpdateId + " bids=" + bids.count() +
            " asks=" + asks.count() + "]";
    }
}
