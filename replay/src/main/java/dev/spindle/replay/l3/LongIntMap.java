package dev.spindle.replay.l3;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative {@code long} keys to {@code int} values, for price to level
 * lookups on the replay's hot path. Fibonacci hashing takes the high bits of {@code key * 2^64/phi}, which spreads
 * prices well even though their mantissas end in many zeros (2-decimal prices at scale 8 are multiples of 10^6);
 * linear probing with backward-shift deletion keeps probes short without tombstones. Allocates only to grow.
 * Not thread safe.
 */
final class LongIntMap
{
    /** Value returned for an absent key. */
    static final int MISSING = -1;

    private static final long EMPTY = -1;
    private static final long PHI = 0x9E37_79B9_7F4A_7C15L;

    /** Key at {@code 2 * slot}, value at {@code 2 * slot + 1}: a hit reads one cache line, not two arrays. */
    private long[] entries;
    private int shift;
    private int mask;
    private int size;
    private int resizeAt;

    /** @param expected entries held without growing. */
    LongIntMap(final int expected)
    {
        allocate(Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1);
    }

    /** @return the value for {@code key} (which must be non-negative), or {@link #MISSING}. */
    int get(final long key)
    {
        final long[] e = entries;
        int slot = slot(key);
        while (true)
        {
            final long at = e[slot << 1];
            if (at == key)
            {
                return (int)e[(slot << 1) + 1];
            }
            if (at == EMPTY)
            {
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Map a non-negative {@code key} to {@code value}, replacing any previous value. */
    void put(final long key, final int value)
    {
        final long[] e = entries;
        int slot = slot(key);
        while (e[slot << 1] != EMPTY)
        {
            if (e[slot << 1] == key)
            {
                e[(slot << 1) + 1] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        e[slot << 1] = key;
        e[(slot << 1) + 1] = value;
        if (++size > resizeAt)
        {
            grow();
        }
    }

    /** Remove {@code key} if present. */
    void remove(final long key)
    {
        final long[] e = entries;
        int slot = slot(key);
        while (e[slot << 1] != key)
        {
            if (e[slot << 1] == EMPTY)
            {
                return;
            }
            slot = (slot + 1) & mask;
        }
        // Backward-shift: move later entries of the probe run into the hole if their home slot allows it.
        int hole = slot;
        int next = (hole + 1) & mask;
        long nextKey;
        while ((nextKey = e[next << 1]) != EMPTY)
        {
            final int home = slot(nextKey);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                e[hole << 1] = nextKey;
                e[(hole << 1) + 1] = e[(next << 1) + 1];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        e[hole << 1] = EMPTY;
        size--;
    }

    /** Remove every entry, keeping the capacity. */
    void clear()
    {
        Arrays.fill(entries, EMPTY);
        size = 0;
    }

    /** @return entries held. */
    int size()
    {
        return size;
    }

    private int slot(final long key)
    {
        return (int)((key * PHI) >>> shift);
    }

    private void grow()
    {
        final long[] old = entries;
        allocate(old.length); // twice the old capacity: two longs per slot
        for (int i = 0; i < old.length; i += 2)
        {
            if (old[i] != EMPTY)
            {
                put(old[i], (int)old[i + 1]);
            }
        }
    }

    private void allocate(final int capacity)
    {
        entries = new long[capacity << 1];
        Arrays.fill(entries, EMPTY);
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        mask = capacity - 1;
        size = 0;
        resizeAt = capacity / 2;
    }
}
