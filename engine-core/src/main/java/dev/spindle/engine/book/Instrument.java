package dev.spindle.engine.book;

/**
 * One traded instrument's number conventions: the scales its price and quantity mantissas use, and the decimals
 * the venue displays, so a book can be rendered back with the venue's own strings.
 * <p>
 * The scales are fixed when the instrument is created (Binance never sends more than 8 decimals, so 8/8 holds
 * every Binance instrument exactly). The display decimals start equal to the scales and are learned once from
 * the venue's first snapshot ({@link #learnDecimals(int, int)}): USD-M BTCUSDT writes {@code "61800.20"} and
 * {@code "2.909"}, i.e. 2 and 3, while spot writes 8 and 8.
 * <p>
 * Not thread safe: the display decimals are written by the thread that owns the book.
 */
public final class Instrument
{
    private final String symbol;
    private final int priceScale;
    private final int qtyScale;
    private int priceDecimals;
    private int qtyDecimals;
    private boolean decimalsLearned;

    /**
     * @param symbol     venue symbol as the venue writes it in payloads (e.g. {@code BTCUSDT}).
     * @param priceScale decimals implied by price mantissas, 0 to {@link Decimal#MAX_SCALE}.
     * @param qtyScale   decimals implied by quantity mantissas, 0 to {@link Decimal#MAX_SCALE}.
     */
    public Instrument(final String symbol, final int priceScale, final int qtyScale)
    {
        if (symbol == null || symbol.isEmpty())
        {
            throw new IllegalArgumentException("instrument symbol must not be empty");
        }
        checkScale(symbol, "price scale", priceScale);
        checkScale(symbol, "qty scale", qtyScale);
        this.symbol = symbol;
        this.priceScale = priceScale;
        this.qtyScale = qtyScale;
        this.priceDecimals = priceScale;
        this.qtyDecimals = qtyScale;
    }

    /** @return the venue symbol. */
    public String symbol()
    {
        return symbol;
    }

    /** @return decimals implied by price mantissas. */
    public int priceScale()
    {
        return priceScale;
    }

    /** @return decimals implied by quantity mantissas. */
    public int qtyScale()
    {
        return qtyScale;
    }

    /** @return decimals the venue writes for prices (the price scale until learned). */
    public int priceDecimals()
    {
        return priceDecimals;
    }

    /** @return decimals the venue writes for quantities (the quantity scale until learned). */
    public int qtyDecimals()
    {
        return qtyDecimals;
    }

    /** @return true once {@link #learnDecimals(int, int)} has taken effect. */
    public boolean decimalsLearned()
    {
        return decimalsLearned;
    }

    /**
     * Record the decimals the venue displays, from the strings of its first snapshot. Later calls are ignored
     * so that display stays stable for the life of the instrument.
     *
     * @return true if this call set them.
     */
    public boolean learnDecimals(final int priceDecimals, final int qtyDecimals)
    {
        if (decimalsLearned)
        {
            return false;
        }
        checkScale(symbol, "price decimals", priceDecimals);
        checkScale(symbol, "qty decimals", qtyDecimals);
        this.priceDecimals = priceDecimals;
        this.qtyDecimals = qtyDecimals;
        decimalsLearned = true;
        return true;
    }

    /** @see Decimal#parse(byte[], int, int, int) */
    public long parsePrice(final byte[] buf, final int off, final int len)
    {
        return Decimal.parse(buf, off, len, priceScale);
    }

    /** @see Decimal#parse(byte[], int, int, int) */
    public long parseQty(final byte[] buf, final int off, final int len)
    {
        return Decimal.parse(buf, off, len, qtyScale);
    }

    /**
     * Write a price as the venue does. {@code dst} needs {@link Decimal#MAX_FORMATTED_LENGTH} bytes free.
     *
     * @return bytes written.
     */
    public int formatPrice(final long price, final byte[] dst, final int off)
    {
        return Decimal.format(price, priceScale, priceDecimals, dst, off);
    }

    /**
     * Write a quantity as the venue does. {@code dst} needs {@link Decimal#MAX_FORMATTED_LENGTH} bytes free.
     *
     * @return bytes written.
     */
    public int formatQty(final long qty, final byte[] dst, final int off)
    {
        return Decimal.format(qty, qtyScale, qtyDecimals, dst, off);
    }

    /** @return the price as the venue writes it; allocates. */
    public String priceToString(final long price)
    {
        return Decimal.toString(price, priceScale, priceDecimals);
    }

    /** @return the quantity as the venue writes it; allocates. */
    public String qtyToString(final long qty)
    {
        return Decimal.toString(qty, qtyScale, qtyDecimals);
    }

    @Override
    public String toString()
    {
        return symbol + "(price scale " + priceScale + " shown " + priceDecimals + ", qty scale " + qtyScale +
            " shown " + qtyDecimals + ")";
    }

    private static void checkScale(final String symbol, final String what, final int value)
    {
        if (value < 0 || value > Decimal.MAX_SCALE)
        {
            throw new IllegalArgumentException(symbol + ": " + what + " " + value + " outside 0.." +
                Decimal.MAX_SCALE);
        }
    }
}
