package dev.spindle.hyperliquid.codec;

import java.util.Arrays;

/**
 * One side of a Hyperliquid book in wire order, best level first: price and size mantissas and the order count
 * {@code n} of each level. Reusable: grows (allocating) only when a side carries more levels than ever before,
 * and {@link #clear()} keeps the capacity.
 * <p>
 * Not thread safe.
 */
public final class BookLevels
{
    /** Order count of a level whose {@code n} was not sent (trimmed test bodies). */
    public static final int NO_COUNT = 0;

    private long[] prices;
    private long[] sizes;
    private int[] counts;
    private int count;

    /** @param initialCapacity levels held before the first growth. */
    public BookLevels(final int initialCapacity)
    {
        final int capacity = Math.max(1, initialCapacity);
        prices = new long[capacity];
        sizes = new long[capacity];
        counts = new int[capacity];
    }

    /** Append a level after the current worst one. */
    public void add(final long price, final long size, final int orders)
    {
        if (count == prices.length)
        {
            grow(count * 2);
        }
        prices[count] = price;
        sizes[count] = size;
        counts[count] = orders;
        count++;
    }

    /** @return number of levels. */
    public int count()
    {
        return count;
    }

    /** @return price mantissa of level {@code i}, 0 being the best. */
    public long price(final int i)
    {
        checkIndex(i);
        return prices[i];
    }

    /** @return size mantissa of level {@code i}, 0 being the best. */
    public long size(final int i)
    {
        checkIndex(i);
        return sizes[i];
    }

    /** @return order count {@code n} of level {@code i}, or {@link #NO_COUNT} when it was not sent. */
    public int orders(final int i)
    {
        checkIndex(i);
        return counts[i];
    }

    /** @return index of the level at {@code price}, or -1; a linear scan (sides hold about 20 levels). */
    public int indexOf(final long price)
    {
        for (int i = 0; i < count; i++)
        {
            if (prices[i] == price)
            {
                return i;
            }
        }
        return -1;
    }

    /** Forget the levels, keep the capacity. */
    public void clear()
    {
        count = 0;
    }

    /** Replace the contents with a copy of {@code other}'s, growing only if {@code other} holds more. */
    public void copyFrom(final BookLevels other)
    {
        if (other.count > prices.length)
        {
            grow(other.count);
        }
        System.arraycopy(other.prices, 0, prices, 0, other.count);
        System.arraycopy(other.sizes, 0, sizes, 0, other.count);
        System.arraycopy(other.counts, 0, counts, 0, other.count);
        count = other.count;
    }

    /** @return true if both hold the same levels (price, size and count) in the same order. */
    public boolean sameLevels(final BookLevels other)
    {
        return count == other.count &&
            Arrays.equals(prices, 0, count, other.prices, 0, count) &&
            Arrays.equals(sizes, 0, count, other.sizes, 0, count) &&
            Arrays.equals(counts, 0, count, other.counts, 0, count);
    }

    private void grow(final int capacity)
    {
        prices = Arrays.copyOf(prices, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        counts = Arrays.copyOf(counts, capacity);
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
        return "BookLevels[" + count + "]";
    }
}
