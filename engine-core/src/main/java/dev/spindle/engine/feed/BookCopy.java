package dev.spindle.engine.feed;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * A full copy of one symbol's book, level by level, taken by the engine thread between two frames on request
 * ({@link LiveBooks#copyBook(String, BookCopy, long)}, served by a {@link BookCopier}): for tests and tools that
 * compare the live book with another one at the same update id. The caller allocates it with enough capacity;
 * the engine only fills it, so a copy never allocates on the engine thread. Levels beyond the capacity are counted
 * in the depth but not copied.
 */
public final class BookCopy
{
    private final long[] bidPrices;
    private final long[] bidQtys;
    private final long[] askPrices;
    private final long[] askQtys;
    int symbolIndex;
    private String symbol;
    private BookState state;
    private long lastUpdateId;
    private int bidDepth;
    private int askDepth;
    private int priceScale;
    private int priceDecimals;
    private int qtyScale;
    private int qtyDecimals;
    volatile boolean done;

    /** @param capacityPerSide most levels copied per side. */
    public BookCopy(final int capacityPerSide)
    {
        bidPrices = new long[capacityPerSide];
        bidQtys = new long[capacityPerSide];
        askPrices = new long[capacityPerSide];
        askQtys = new long[capacityPerSide];
    }

    /**
     * Engine thread: fill from the book.
     *
     * @param book the book to copy.
     */
    public void fill(final L2Book book)
    {
        symbol = book.instrument().symbol();
        state = book.state();
        lastUpdateId = book.lastUpdateId();
        priceScale = book.instrument().priceScale();
        priceDecimals = book.instrument().priceDecimals();
        qtyScale = book.instrument().qtyScale();
        qtyDecimals = book.instrument().qtyDecimals();
        bidDepth = book.depth(Side.BID);
        askDepth = book.depth(Side.ASK);
        for (int i = 0, n = Math.min(bidDepth, bidPrices.length); i < n; i++)
        {
            bidPrices[i] = book.priceAt(Side.BID, i);
            bidQtys[i] = book.qtyAt(Side.BID, i);
        }
        for (int i = 0, n = Math.min(askDepth, askPrices.length); i < n; i++)
        {
            askPrices[i] = book.priceAt(Side.ASK, i);
            askQtys[i] = book.qtyAt(Side.ASK, i);
        }
    }

    /** @return the symbol. */
    public String symbol()
    {
        return symbol;
    }

    /** @return the book state when copied. */
    public BookState state()
    {
        return state;
    }

    /** @return the update id the copied book reflects. */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /** @return levels on {@code side} in the book (possibly more than were copied). */
    public int depth(final Side side)
    {
        return side == Side.BID ? bidDepth : askDepth;
    }

    /** @return levels copied on {@code side}. */
    public int copiedDepth(final Side side)
    {
        return Math.min(depth(side), bidPrices.length);
    }

    /** @return price mantissa of {@code level} (0 = best) on {@code side}. */
    public long price(final Side side, final int level)
    {
        checkLevel(side, level);
        return side == Side.BID ? bidPrices[level] : askPrices[level];
    }

    /** @return quantity mantissa of {@code level} (0 = best) on {@code side}. */
    public long qty(final Side side, final int level)
    {
        checkLevel(side, level);
        return side == Side.BID ? bidQtys[level] : askQtys[level];
    }

    /** @return the price of a level as the venue writes it; allocates. */
    public String priceText(final Side side, final int level)
    {
        return Decimal.toString(price(side, level), priceScale, priceDecimals);
    }

    /** @return the quantity of a level as the venue writes it; allocates. */
    public String qtyText(final Side side, final int level)
    {
        return Decimal.toString(qty(side, level), qtyScale, qtyDecimals);
    }

    @Override
    public String toString()
    {
        return "BookCopy[" + symbol + " " + state + " u=" + lastUpdateId + " bids=" + bidDepth + " asks=" + askDepth +
            "]";
    }

    private void checkLevel(final Side side, final int level)
    {
        if (level < 0 || level >= copiedDepth(side))
        {
            throw new IndexOutOfBoundsException(side + " level " + level + " outside 0.." + (copiedDepth(side) - 1));
        }
    }
}
