package dev.spindle.binance.verify;

/**
 * A bounded FIFO of top-of-book records (update id, best bid and ask with quantities) in parallel {@code long}
 * arrays, indexed from the oldest (0). Adding to a full ring drops the oldest. Ids are kept in increasing order
 * by the caller, which lets {@link #lastAtOrBefore(long)} binary-search them.
 */
final class TopRing
{
    private final long[] ids;
    private final long[] bids;
    private final long[] bidQtys;
    private final long[] asks;
    private final long[] askQtys;
    private int head;
    private int size;

    TopRing(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        ids = new long[capacity];
        bids = new long[capacity];
        bidQtys = new long[capacity];
        asks = new long[capacity];
        askQtys = new long[capacity];
    }

    void add(final long id, final long bid, final long bidQty, final long ask, final long askQty)
    {
        if (size == ids.length)
        {
            removeFirst();
        }
        final int slot = (head + size) % ids.length;
        ids[slot] = id;
        bids[slot] = bid;
        bidQtys[slot] = bidQty;
        asks[slot] = ask;
        askQtys[slot] = askQty;
        size++;
    }

    void removeFirst()
    {
        head = (head + 1) % ids.length;
        size--;
    }

    /** @return index of the last record with id {@code <= id}, or -1 if every record is newer (or none). */
    int lastAtOrBefore(final long id)
    {
        int low = 0;
        int high = size - 1;
        int found = -1;
        while (low <= high)
        {
            final int mid = (low + high) >>> 1;
            if (u(mid) <= id)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }

    int size()
    {
        return size;
    }

    int capacity()
    {
        return ids.length;
    }

    long u(final int i)
    {
        return ids[slot(i)];
    }

    long bid(final int i)
    {
        return bids[slot(i)];
    }

    long bidQty(final int i)
    {
        return bidQtys[slot(i)];
    }

    long ask(final int i)
    {
        return asks[slot(i)];
    }

    long askQty(final int i)
    {
        return askQtys[slot(i)];
    }

    private int slot(final int i)
    {
        return (head + i) % ids.length;
    }
}
