package dev.spindle.engine.book;

import java.util.Arrays;

/**
 * A reusable list of (price, quantity) mantissa pairs in the order they were received, e.g. the bids of one
 * depth update or of a snapshot. Grows (allocating) only when a message carries more levels than ever before;
 * {@link #clear()} keeps the capacity.
 * <p>
 * Not thread safe.
 */
public final class PriceLevels
{
    private long[] prices;
    private long[] qtys;
    private int count;

    /** @param initialCapacity levels held before the first growth. */
    public PriceLevels(final int initialCapacity)
    {
        final int capacity = Math.max(1, initialCapacity);
        prices = new long[capacity];
        qtys = new long[capacity];
    }

    /** Append a level. */
    public void add(final long price, final long qty)
    {
        if (count == prices.length)
        {
            grow(count * 2);
        }
        prices[count] = price;
        qtys[count] = qty;
        count++;
    }

    /** @return number of levels. */
    public int count()
    {
        return count;
    }

    /** @return price mantissa of level {@code i}, in received order. */
    public long price(final int i)
    {
        checkIndex(i);
        return prices[i];
    }

    /** @return quantity mantissa of level {@code i}, in received order; 0 means "remove" in a diff. */
    public long qty(final int i)
    {
        checkIndex(i);
        return qtys[i];
    }

    /** Forget the levels, keep the capacity. */
    public void clear()
    {
        count = 0;
    }

    /** @return current capacity. */
    public int capacity()
    {
        return prices.length;
    }

    /** Replace the contents with a copy of {@code other}'s, growing only if {@code other} holds more. */
    public void copyFrom(final PriceLevels other)
    {
        if (other.count > prices.length)
        {
            grow(other.count);
        }
        System.arraycopy(other.prices, 0, prices, 0, other.count);
        System.arraycopy(other.qtys, 0, qtys, 0, other.count);
        count = other.count;
    }

    /** Apply every level to {@code side} of {@code book}, in order. */
    public void applyTo(final L2Book book, final Side side)
    {
        for (int i = 0; i < count; i++)
        {
            book.set(side, prices[i], qtys[i]);
        }
    }

    private void grow(final int capacity)
    {
        prices = Arrays.copyOf(prices, capacity);
        qtys = Arrays.copyOf(qtys, capacity);
    }

    private void checkIndex(final int i)
    {
        if (i < 0 || i >= count)
        {
            throw new IndexOutOfBoundsException("level " + i + " outside count " + count);
        }
    }

    @Override
    public String toString()
    {
        return "PriceLevels[" + count + "]";
    }
}
