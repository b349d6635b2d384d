package dev.spindle.hyperliquid.book;

import java.util.Arrays;

/**
 * The level changes of one side between two snapshots, best price first, in reusable storage. Change {@code i}
 * is read through the indexed accessors: the price, the {@link LevelChangeKind}, and size and order count before
 * and after (0 where the level was not shown). Sizes are absolute, as in a Binance diff: applying
 * {@code (price, sizeAfter)} for every change, with 0 for {@link LevelChangeKind#isAbsentAfter()}, turns the
 * previous snapshot into the new one.
 * <p>
 * Grows (allocating) only when a diff holds more changes than ever before. Not thread safe.
 */
public final class LevelChanges
{
    private long[] prices;
    private LevelChangeKind[] kinds;
    private long[] sizesBefore;
    private long[] sizesAfter;
    private int[] ordersBefore;
    private int[] ordersAfter;
    private int count;

    /** @param initialCapacity changes held before the first growth. */
    public LevelChanges(final int initialCapacity)
    {
        final int capacity = Math.max(1, initialCapacity);
        prices = new long[capacity];
        kinds = new LevelChangeKind[capacity];
        sizesBefore = new long[capacity];
        sizesAfter = new long[capacity];
        ordersBefore = new int[capacity];
        ordersAfter = new int[capacity];
    }

    void clear()
    {
        count = 0;
    }

    void add(
        final long price,
        final LevelChangeKind kind,
        final long sizeBefore,
        final long sizeAfter,
        final int orderCountBefore,
        final int orderCountAfter)
    {
        if (count == prices.length)
        {
            grow(count * 2);
        }
        prices[count] = price;
        kinds[count] = kind;
        sizesBefore[count] = sizeBefore;
        sizesAfter[count] = sizeAfter;
        ordersBefore[count] = orderCountBefore;
        ordersAfter[count] = orderCountAfter;
        count++;
    }

    /** @return number of changed levels. */
    public int count()
    {
        return count;
    }

    /** @return price mantissa of change {@code i}. */
    public long price(final int i)
    {
        checkIndex(i);
        return prices[i];
    }

    /** @return what happened to the level. */
    public LevelChangeKind kind(final int i)
    {
        checkIndex(i);
        return kinds[i];
    }

    /** @return size mantissa the previous snapshot showed, 0 if it did not show the level. */
    public long sizeBefore(final int i)
    {
        checkIndex(i);
        return sizesBefore[i];
    }

    /** @return size mantissa the new snapshot shows, 0 if it does not show the level. */
    public long sizeAfter(final int i)
    {
        checkIndex(i);
        return sizesAfter[i];
    }

    /** @return order count {@code n} the previous snapshot showed, 0 if it did not show the level. */
    public int ordersBefore(final int i)
    {
        checkIndex(i);
        return ordersBefore[i];
    }

    /** @return order count {@code n} the new snapshot shows, 0 if it does not show the level. */
    public int ordersAfter(final int i)
    {
        checkIndex(i);
        return ordersAfter[i];
    }

    private void grow(final int capacity)
    {
        prices = Arrays.copyOf(prices, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        sizesBefore = Arrays.copyOf(sizesBefore, capacity);
        sizesAfter = Arrays.copyOf(sizesAfter, capacity);
        ordersBefore = Arrays.copyOf(ordersBefore, capacity);
        ordersAfter = Arrays.copyOf(ordersAfter, capacity);
    }

    private void checkIndex(final int i)
    {
        if (i < 0 || i >= count)
        {
            throw new IndexOutOfBoundsException("change " + i + " outside count " + count);
        }
    }

    @Override
    public String toString()
    {
        return "LevelChanges[" + count + "]";
    }
}
