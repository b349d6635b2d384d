package dev.spindle.engine.book;

/** Side of a book. */
public enum Side
{
    /** Buy orders: the best price is the highest. */
    BID,
    /** Sell orders: the best price is the lowest. */
    ASK;

    /** @return the other side. */
    public Side opposite()
    {
        return this == BID ? ASK : BID;
    }
}
