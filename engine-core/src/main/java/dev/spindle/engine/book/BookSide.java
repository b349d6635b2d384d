package dev.spindle.engine.book;

import java.util.Arrays;

/**
 * One side of an {@link L2Book}: keys ascending, best at {@code count - 1} (bids by price, asks by negated price).
 * A removed level below the top leaves a hole (its key stays, so the keys stay sorted and searchable, with
 * quantity 0) instead of shifting every level above it; an insert next to a hole moves only the few levels in
 * between. The top slot is always a live level, and holes are squeezed out in one pass once they outnumber the
 * live levels, or when a full array would otherwise grow. Fields are read directly by {@link L2Book}. Not thread
 * safe.
 */
final class BookSide
{
    /** How far an insert looks, each way, for a hole to move into before shifting the levels above it. */
    private static final int HOLE_REACH = 16;
    /** Holes a side may keep regardless of its depth, so that a small book does not compact constantly. */
    private static final int HOLE_SLACK = 64;

    long[] keys;
    long[] qtys;
    /** Slots in use, live or hole. */
    int count;
    /** Slots below {@code count} with quantity 0. */
    int holes;
    /** The last position read by {@link #indexFromBest}, kept while no slot changes, so a walk is linear. */
    int cursorLevel = -1;
    int cursorIndex;

    BookSide(final int capacity)
    {
        keys = new long[capacity];
        qtys = new long[capacity];
    }

    int depth()
    {
        return count - holes;
    }

    void clear()
    {
        count = 0;
        holes = 0;
        cursorLevel = -1;
    }

    /** @return the index of {@code key}, or {@code -(insertion point) - 1}, as {@link Arrays#binarySearch}. */
    int find(final long key)
    {
        // A branch-free lower bound: the halving step compiles to a conditional move, so the search costs the
        // same whichever way each comparison goes. Measured on the touched prices of the replay reference
        // input, 30 vs 46 ns a search, and 34 vs 40 ns on real ETHUSDT diffs, against Arrays.binarySearch
        // (whose branches mispredict on the last, random steps). Not kept earlier: an interpolation-then-
        // gallop search (30% quicker on an evenly filled synthetic side, 3-4% slower on real ETHUSDT diffs).
        final long[] keys = this.keys;
        int base = 0;
        int length = count;
        while (length > 1)
        {
            final int half = length >>> 1;
            base = keys[base + half - 1] < key ? base + half : base;
            length -= half;
        }
        final int index = length == 1 && keys[base] < key ? base + 1 : base;
        return index < count && keys[index] == key ? index : -index - 1;
    }

    int indexFromBest(final int level)
    {
        if (level < 0 || level >= depth())
        {
            throw new IndexOutOfBoundsException("level " + level + " outside depth " + depth());
        }
        if (holes == 0)
        {
            return count - 1 - level;
        }
        int index = count - 1;
        int at = 0;
        if (cursorLevel >= 0 && cursorLevel <= level)
        {
            index = cursorIndex;
            at = cursorLevel;
        }
        while (at < level)
        {
            if (qtys[--index] != 0)
            {
                at++;
            }
        }
        cursorLevel = level;
        cursorIndex = index;
        return index;
    }

    /** A hole found by {@link #find} now holds a level again. */
    void fillHole()
    {
        holes--;
        cursorLevel = -1;
    }

    void remove(final int index)
    {
        qtys[index] = 0;
        holes++;
        cursorLevel = -1;
        if (index == count - 1)
        {
            while (count > 0 && qtys[count - 1] == 0)
            {
                count--;
                holes--;
            }
        }
        else if (holes > HOLE_SLACK && holes > count - holes)
        {
            compact();
        }
    }

    /** Insert {@code key}, absent, at {@code index}: {@code keys[index - 1] < key < keys[index]}. */
    void insert(final int index, final long key, final long qty)
    {
        cursorLevel = -1;
        if (holes > 0 && index < count && insertIntoHole(index, key, qty))
        {
            return;
        }
        int at = index;
        if (count == keys.length)
        {
            if (holes > 0)
            {
                compact();
                at = -find(key) - 1;
            }
            else
            {
                keys = Arrays.copyOf(keys, count * 2);
                qtys = Arrays.copyOf(qtys, count * 2);
            }
        }
        final int tail = count - at;
        if (tail > 0)
        {
            System.arraycopy(keys, at, keys, at + 1, tail);
            System.arraycopy(qtys, at, qtys, at + 1, tail);
        }
        keys[at] = key;
        qtys[at] = qty;
        count++;
    }

    private boolean insertIntoHole(final int index, final long key, final long qty)
    {
        for (int d = 0; d < HOLE_REACH; d++)
        {
            final int below = index - 1 - d;
            if (below >= 0 && qtys[below] == 0)
            {
                // keys[below + 1 .. index - 1] move down one; the new key takes index - 1
                final int moved = index - 1 - below;
                System.arraycopy(keys, below + 1, keys, below, moved);
                System.arraycopy(qtys, below + 1, qtys, below, moved);
                keys[index - 1] = key;
                qtys[index - 1] = qty;
                holes--;
                return true;
            }
            final int above = index + d;
            if (above < count && qtys[above] == 0)
            {
                // keys[index .. above - 1] move up one; the new key takes index
                final int moved = above - index;
                System.arraycopy(keys, index, keys, index + 1, moved);
                System.arraycopy(qtys, index, qtys, index + 1, moved);
                keys[index] = key;
                qtys[index] = qty;
                holes--;
                return true;
            }
        }
        return false;
    }

    private void compact()
    {
        int write = 0;
        for (int read = 0; read < count; read++)
        {
            final long qty = qtys[read];
            if (qty != 0)
            {
                keys[write] = keys[read];
                qtys[write] = qty;
                write++;
            }
        }
        count = write;
        holes = 0;
        cursorLevel = -1;
    }
}
