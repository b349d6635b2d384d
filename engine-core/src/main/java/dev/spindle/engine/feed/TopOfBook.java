package dev.spindle.engine.feed;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.L2Book;

/**
 * A consistent copy of one symbol's book state and top of book, as the engine last published it (after each batch
 * of frames), for status lines and monitoring on other threads: {@link LiveBooks#readTop(int, TopOfBook)}.
 * Mutable and reusable; owned by the reading thread.
 */
public final class TopOfBook
{
    String symbol;
    BookState state = BookState.SYNCING;
    long lastUpdateId;
    long bidPrice = L2Book.NO_PRICE;
    long bidQty;
    long askPrice = L2Book.NO_PRICE;
    long askQty;
    int priceScale;
    int priceDecimals;
    int qtyScale;
    int qtyDecimals;
    long diffsApplied;

    /** @return the symbol, upper case. */
    public String symbol()
    {
        return symbol;
    }

    /** @return the book state. */
    public BookState state()
    {
        return state;
    }

    /** @return the update id the book reflects. */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /** @return best bid price mantissa, or {@link L2Book#NO_PRICE} for an empty side. */
    public long bidPrice()
    {
        return bidPrice;
    }

    /** @return best bid quantity mantissa. */
    public long bidQty()
    {
        return bidQty;
    }

    /** @return best ask price mantissa, or {@link L2Book#NO_PRICE} for an empty side. */
    public long askPrice()
    {
        return askPrice;
    }

    /** @return best ask quantity mantissa. */
    public long askQty()
    {
        return askQty;
    }

    /** @return updates (diffs, or snapshots that changed the book) applied so far. */
    public long diffsApplied()
    {
        return diffsApplied;
    }

    /** @return the best bid price as the venue writes it, or {@code -} for none; allocates. */
    public String bidPriceText()
    {
        return bidPrice == L2Book.NO_PRICE ? "-" : Decimal.toString(bidPrice, priceScale, priceDecimals);
    }

    /** @return the best bid quantity as the venue writes it; allocates. */
    public String bidQtyText()
    {
        return bidPrice == L2Book.NO_PRICE ? "-" : Decimal.toString(bidQty, qtyScale, qtyDecimals);
    }

    /** @return the best ask price as the venue writes it, or {@code -} for none; allocates. */
    public String askPriceText()
    {
        return askPrice == L2Book.NO_PRICE ? "-" : Decimal.toString(askPrice, priceScale, priceDecimals);
    }

    /** @return the best ask quantity as the venue writes it; allocates. */
    public String askQtyText()
    {
        return askPrice == L2Book.NO_PRICE ? "-" : Decimal.toString(askQty, qtyScale, qtyDecimals);
    }

    @Override
    public String toString()
    {
        return symbol + " " + state + " u=" + lastUpdateId + " bid=" + bidPriceText() + " x " + bidQtyText() +
            " ask=" + askPriceText() + " x " + askQtyText();
    }
}
