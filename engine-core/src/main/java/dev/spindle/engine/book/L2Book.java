package dev.spindle.engine.book;

/**
 * A price-level (L2) book with exact fixed-point prices and quantities.
 * <p>
 * Each side is a pair of sorted {@code long[]} arrays (keys and quantities) with the <b>best price at the end</b>,
 * so the frequent touches near the top of the book shift only the few levels above them. Bids are kept by price
 * ascending; asks by negated price ascending, so one (branch-free) binary search serves both sides. A level
 * removed below the top leaves a hole (quantity 0, key kept in order) that a later insert nearby moves into, so
 * deep inserts and removes do not shift the whole side; holes are squeezed out in one pass when they outnumber the
 * live levels.
 * Reading levels by position ({@link #priceAt}, {@link #qtyAt}) from the best outward costs one step per level.
 * Capacity is preallocated and doubles only when a side is full of live levels (the only allocation, off the
 * steady-state path).
 * <p>
 * Quantities are absolute: {@link #set} with quantity 0 removes the level. Removing a level the book does not
 * hold is normal on Binance (the snapshot is depth-limited) and is counted, not an error.
 * <p>
 * Not thread safe: owned by one thread (the engine thread), read by others only through copies.
 */
public final class L2Book
{
    /** {@link #set} inserted a new level. */
    public static final int INSERTED = 1;
    /** {@link #set} changed the quantity of an existing level. */
    public static final int UPDATED = 2;
    /** {@link #set} removed an existing level. */
    public static final int REMOVED = 3;
    /** {@link #set} was asked to remove a level the book does not hold; nothing changed. */
    public static final int UNKNOWN_REMOVAL = 4;

    /** Price reported by {@link #bestPrice} for an empty side. */
    public static final long NO_PRICE = Long.MIN_VALUE;

    private final Instrument instrument;
    private final BookSide bids;
    private final BookSide asks;
    private long lastUpdateId;
    private long unknownRemovals;
    private BookState state = BookState.SYNCING;

    /**
     * @param instrument           scales and display decimals of the prices and quantities held.
     * @param initialLevelsPerSide preallocated capacity of each side; size it above the venue's snapshot depth
     *                             plus the levels diffs add, so that growth never happens in steady state.
     */
    public L2Book(final Instrument instrument, final int initialLevelsPerSide)
    {
        if (initialLevelsPerSide < 1)
        {
            throw new IllegalArgumentException("initialLevelsPerSide must be positive: " + initialLevelsPerSide);
        }
        this.instrument = instrument;
        this.bids = new BookSide(initialLevelsPerSide);
        this.asks = new BookSide(initialLevelsPerSide);
    }

    /** @return the instrument whose scales the mantissas use. */
    public Instrument instrument()
    {
        return instrument;
    }

    /**
     * Set the absolute quantity at a price; quantity 0 removes the level.
     *
     * @param side  side of the level.
     * @param price price mantissa at the instrument's price scale; must not be {@link #NO_PRICE}.
     * @param qty   quantity mantissa at the instrument's quantity scale, {@code >= 0}.
     * @return {@link #INSERTED}, {@link #UPDATED}, {@link #REMOVED} or {@link #UNKNOWN_REMOVAL}.
     * @throws IllegalArgumentException if {@code qty} is negative or {@code price} is {@link #NO_PRICE}.
     */
    public int set(final Side side, final long price, final long qty)
    {
        if (qty < 0 || price == NO_PRICE)
        {
            throw new IllegalArgumentException(instrument.symbol() + " " + side + ": invalid level price " + price +
                " qty " + qty);
        }
        final BookSide levels = side == Side.BID ? bids : asks;
        final long key = side == Side.BID ? price : -price;
        final int index = levels.find(key);
        if (index >= 0)
        {
            final long oldQty = levels.qtys[index];
            if (qty != 0)
            {
                levels.qtys[index] = qty;
                if (oldQty != 0)
                {
                    return UPDATED;
                }
                levels.fillHole();
                return INSERTED;
            }
            if (oldQty != 0)
            {
                levels.remove(index);
                return REMOVED;
            }
        }
        else if (qty != 0)
        {
            levels.insert(-index - 1, key, qty);
            return INSERTED;
        }
        unknownRemovals++;
        return UNKNOWN_REMOVAL;
    }

    /** @return number of levels on {@code side}. */
    public int depth(final Side side)
    {
        return (side == Side.BID ? bids : asks).depth();
    }

    /** @return best price on {@code side}, or {@link #NO_PRICE} if the side is empty. */
    public long bestPrice(final Side side)
    {
        final BookSide levels = side == Side.BID ? bids : asks;
        if (levels.count == 0)
        {
            return NO_PRICE;
        }
        final long key = levels.keys[levels.count - 1];
        return side == Side.BID ? key : -key;
    }

    /** @return quantity at the best price on {@code side}, or 0 if the side is empty. */
    public long bestQty(final Side side)
    {
        final BookSide levels = side == Side.BID ? bids : asks;
        return levels.count == 0 ? 0 : levels.qtys[levels.count - 1];
    }

    /**
     * @param side  side to read.
     * @param level 0 for the best level, 1 for the next, ... up to {@code depth(side) - 1}.
     * @return the price of that level.
     * @throws IndexOutOfBoundsException if {@code level} is not below {@link #depth(Side)}.
     */
    public long priceAt(final Side side, final int level)
    {
        final BookSide levels = side == Side.BID ? bids : asks;
        final long key = levels.keys[levels.indexFromBest(level)];
        return side == Side.BID ? key : -key;
    }

    /**
     * @param side  side to read.
     * @param level 0 for the best level, 1 for the next, ... up to {@code depth(side) - 1}.
     * @return the quantity of that level.
     * @throws IndexOutOfBoundsException if {@code level} is not below {@link #depth(Side)}.
     */
    public long qtyAt(final Side side, final int level)
    {
        final BookSide levels = side == Side.BID ? bids : asks;
        return levels.qtys[levels.indexFromBest(level)];
    }

    /** @return the quantity held at {@code price}, 0 if the book has no such level. */
    public long qtyOf(final Side side, final long price)
    {
        final BookSide levels = side == Side.BID ? bids : asks;
        final int index = levels.find(side == Side.BID ? price : -price);
        return index >= 0 ? levels.qtys[index] : 0;
    }

    /** Remove every level; capacity, update id, state and counters are kept. */
    public void clear()
    {
        bids.clear();
        asks.clear();
    }

    /** @return the venue update id the book reflects (Binance: {@code lastUpdateId}, then each diff's {@code u}). */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /** @param updateId the venue update id the book now reflects. */
    public void lastUpdateId(final long updateId)
    {
        this.lastUpdateId = updateId;
    }

    /** @return whether the book can be trusted; maintained by the book's synchroniser. */
    public BookState state()
    {
        return state;
    }

    /** @param state new state, set by the book's synchroniser. */
    public void state(final BookState state)
    {
        this.state = state;
    }

    /** @return number of removals of levels the book did not hold, since creation. */
    public long unknownRemovals()
    {
        return unknownRemovals;
    }

    /** @return current capacity of {@code side}; it grows only when exceeded. */
    public int capacity(final Side side)
    {
        return (side == Side.BID ? bids : asks).keys.length;
    }

    @Override
    public String toString()
    {
        return "L2Book[" + instrument.symbol() + " " + state + " id=" + lastUpdateId + " bids=" + bids.depth() +
            " asks=" + asks.depth() + "]";
    }
}
