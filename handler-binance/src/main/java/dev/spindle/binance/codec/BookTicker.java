package dev.spindle.binance.codec;

/**
 * A {@code bookTicker} event: best bid and ask with quantities at order-book update id {@code u}, in reusable
 * storage; fields carry their wire names. Spot tickers have no {@code e}/{@code E}/{@code T}; futures add them.
 * Not thread safe.
 */
public final class BookTicker
{
    private int symbolIndex = SymbolTable.NOT_FOUND;
    private long updateId;
    private long eventTimeMs;
    private long transactionTimeMs;
    private long bidPrice;
    private long bidQty;
    private long askPrice;
    private long askQty;

    /** Reset every field. */
    public BookTicker clear()
    {
        return set(SymbolTable.NOT_FOUND, 0, 0, 0, 0, 0).times(0, 0);
    }

    /**
     * Set the book fields.
     *
     * @return this.
     */
    public BookTicker set(
        final int symbolIndex, final long u, final long bidPrice, final long bidQty, final long askPrice,
        final long askQty)
    {
        this.symbolIndex = symbolIndex;
        this.updateId = u;
        this.bidPrice = bidPrice;
        this.bidQty = bidQty;
        this.askPrice = askPrice;
        this.askQty = askQty;
        return this;
    }

    /**
     * Set the futures times ({@code E}, {@code T}); 0 when absent.
     *
     * @return this.
     */
    public BookTicker times(final long eventTimeMs, final long transactionTimeMs)
    {
        this.eventTimeMs = eventTimeMs;
        this.transactionTimeMs = transactionTimeMs;
        return this;
    }

    /** @return index of the symbol in the {@link SymbolTable}. */
    public int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return {@code u}: order-book update id this top of book reflects (same id space as depth {@code u}). */
    public long u()
    {
        return updateId;
    }

    /** @return {@code E}: event time, ms; 0 on spot. */
    public long E()
    {
        return eventTimeMs;
    }

    /** @return {@code T}: transaction time, ms; 0 on spot. */
    public long T()
    {
        return transactionTimeMs;
    }

    /** @return {@code b}: best bid price mantissa. */
    public long b()
    {
        return bidPrice;
    }

    /** @return {@code B}: best bid quantity mantissa. */
    public long B()
    {
        return bidQty;
    }

    /** @return {@code a}: best ask price mantissa. */
    public long a()
    {
        return askPrice;
    }

    /** @return {@code A}: best ask quantity mantissa. */
    public long A()
    {
        return askQty;
    }

    @Override
    public String toString()
    {
        return "BookTicker[symbol#" + symbolIndex + " u=" + updateId + " b=" + bidPrice + "x" + bidQty + " a=" +
            askPrice + "x" + askQty + "]";
    }
}
