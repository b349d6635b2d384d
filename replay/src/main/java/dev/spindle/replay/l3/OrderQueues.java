package dev.spindle.replay.l3;

import java.util.Arrays;

import dev.spindle.engine.book.Side;

/**
 * The inferred order queues of one book: per price level a FIFO of orders (front = oldest), the level's total and
 * the counter that numbers its orders. Levels and orders live in parallel primitive arrays linked by index, with
 * free lists, and are found through a primitive hash map per side, so steady-state updates allocate nothing; the
 * arrays double when full (the only allocation).
 * <p>
 * Indices returned for levels and orders stay valid until that level or order is removed. Not thread safe.
 */
public final class OrderQueues
{
    /** No level or order. */
    public static final int NONE = -1;

    private final LongIntMap bidIndex;
    private final LongIntMap askIndex;

    private long[] levelPrice;
    private long[] levelTicks;
    private long[] levelTotal;
    private int[] levelHead;
    private int[] levelTail;
    private int[] levelCounter;
    private int levelsUsed;
    private int levelFree = NONE;
    private int levelCount;

    private long[] orderQty;
    private int[] orderCounter;
    private int[] orderNext;
    private int[] orderPrev;
    private int ordersUsed;
    private int orderFree = NONE;
    private int orderCount;

    /**
     * @param levelCapacity levels held before growing (both sides).
     * @param orderCapacity orders held before growing.
     */
    public OrderQueues(final int levelCapacity, final int orderCapacity)
    {
        bidIndex = new LongIntMap(levelCapacity);
        askIndex = new LongIntMap(levelCapacity);
        levelPrice = new long[levelCapacity];
        levelTicks = new long[levelCapacity];
        levelTotal = new long[levelCapacity];
        levelHead = new int[levelCapacity];
        levelTail = new int[levelCapacity];
        levelCounter = new int[levelCapacity];
        orderQty = new long[orderCapacity];
        orderCounter = new int[orderCapacity];
        orderNext = new int[orderCapacity];
        orderPrev = new int[orderCapacity];
    }

    /** @return the level at {@code price} on {@code side}, or {@link #NONE}. */
    public int find(final Side side, final long price)
    {
        return index(side).get(price);
    }

    /**
     * Create an empty level; its order counter starts again at 0, so its first order is number 1.
     *
     * @return the level.
     */
    public int create(final Side side, final long price, final long priceTicks)
    {
        int level = levelFree;
        if (level != NONE)
        {
            levelFree = levelHead[level];
        }
        else
        {
            if (levelsUsed == levelPrice.length)
            {
                growLevels();
            }
            level = levelsUsed++;
        }
        levelPrice[level] = price;
        levelTicks[level] = priceTicks;
        levelTotal[level] = 0;
        levelHead[level] = NONE;
        levelTail[level] = NONE;
        levelCounter[level] = 0;
        index(side).put(price, level);
        levelCount++;
        return level;
    }

    /** Remove a level and every order left in it. */
    public void remove(final Side side, final int level)
    {
        int order = levelHead[level];
        while (order != NONE)
        {
            final int next = orderNext[order];
            freeOrder(order);
            order = next;
        }
        index(side).remove(levelPrice[level]);
        levelHead[level] = levelFree;
        levelFree = level;
        levelCount--;
    }

    /** Remove every level and order. */
    public void clear()
    {
        bidIndex.clear();
        askIndex.clear();
        levelsUsed = 0;
        levelFree = NONE;
        levelCount = 0;
        ordersUsed = 0;
        orderFree = NONE;
        orderCount = 0;
    }

    /** @return the level's total quantity: the sum of its orders. */
    public long total(final int level)
    {
        return levelTotal[level];
    }

    /** @return the level's price in ticks. */
    public long ticks(final int level)
    {
        return levelTicks[level];
    }

    /** @return the level's oldest order, or {@link #NONE}. */
    public int front(final int level)
    {
        return levelHead[level];
    }

    /** @return the level's newest order, or {@link #NONE}. */
    public int back(final int level)
    {
        return levelTail[level];
    }

    /** @return the order after {@code order} in its level's queue (one newer), or {@link #NONE} at the back. */
    public int next(final int order)
    {
        return orderNext[order];
    }

    /** @return the order's quantity. */
    public long qty(final int order)
    {
        return orderQty[order];
    }

    /** @return the order before {@code order} in its queue (older), or {@link #NONE}. */
    int prev(final int order)
    {
        return orderPrev[order];
    }

    /** @return the sum of the orders ahead of {@code order} in its queue. */
    long qtyAhead(final int order)
    {
        long ahead = 0;
        for (int o = orderPrev[order]; o != NONE; o = orderPrev[o])
        {
            ahead += orderQty[o];
        }
        return ahead;
    }

    /** @return the order's number within its level (1 for the first). */
    public int counter(final int order)
    {
        return orderCounter[order];
    }

    /**
     * Append an order at the back of the level's queue, numbered with the level's next counter.
     *
     * @return the new order.
     */
    public int pushBack(final int level, final long qty)
    {
        int order = orderFree;
        if (order != NONE)
        {
            orderFree = orderNext[order];
        }
        else
        {
            if (ordersUsed == orderQty.length)
            {
                growOrders();
            }
            order = ordersUsed++;
        }
        orderQty[order] = qty;
        orderCounter[order] = ++levelCounter[level];
        orderNext[order] = NONE;
        final int tail = levelTail[level];
        orderPrev[order] = tail;
        if (tail == NONE)
        {
            levelHead[level] = order;
        }
        else
        {
            orderNext[tail] = order;
        }
        levelTail[level] = order;
        levelTotal[level] += qty;
        orderCount++;
        return order;
    }

    /** Take {@code by} (less than the order's quantity) from an order, which stays in place. */
    public void shrink(final int level, final int order, final long by)
    {
        orderQty[order] -= by;
        levelTotal[level] -= by;
    }

    /** Remove an order from its level's queue, wherever it is. */
    public void unlink(final int level, final int order)
    {
        final int prev = orderPrev[order];
        final int next = orderNext[order];
        if (prev == NONE)
        {
            levelHead[level] = next;
        }
        else
        {
            orderNext[prev] = next;
        }
        if (next == NONE)
        {
            levelTail[level] = prev;
        }
        else
        {
            orderPrev[next] = prev;
        }
        levelTotal[level] -= orderQty[order];
        freeOrder(order);
    }

    /** @return levels held, both sides. */
    public int levelCount()
    {
        return levelCount;
    }

    /** @return orders held, all levels. */
    public int orderCount()
    {
        return orderCount;
    }

    private LongIntMap index(final Side side)
    {
        return side == Side.BID ? bidIndex : askIndex;
    }

    private void freeOrder(final int order)
    {
        orderNext[order] = orderFree;
        orderFree = order;
        orderCount--;
    }

    private void growLevels()
    {
        final int capacity = levelPrice.length * 2;
        levelPrice = Arrays.copyOf(levelPrice, capacity);
        levelTicks = Arrays.copyOf(levelTicks, capacity);
        levelTotal = Arrays.copyOf(levelTotal, capacity);
        levelHead = Arrays.copyOf(levelHead, capacity);
        levelTail = Arrays.copyOf(levelTail, capacity);
        levelCounter = Arrays.copyOf(levelCounter, capacity);
    }

    private void growOrders()
    {
        final int capacity = orderQty.length * 2;
        orderQty = Arrays.copyOf(orderQty, capacity);
        orderCounter = Arrays.copyOf(orderCounter, capacity);
        orderNext = Arrays.copyOf(orderNext, capacity);
        orderPrev = Arrays.copyOf(orderPrev, capacity);
    }
}
