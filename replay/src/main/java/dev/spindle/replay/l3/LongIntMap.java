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

    private long[] keys;
    private int[] values;
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
        final long[] k = keys;
        int slot = slot(key);
        while (true)
        {
            final long at = k[slot];
            if (at == key)
            {
                return values[slot];
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
        int slot = slot(key);
        while (keys[slot] != EMPTY)
        {
            if (keys[slot] == key)
            {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size > resizeAt)
        {
            grow();
        }
    }

    /** Remove {@code key} if present. */
    void remove(final long key)
    {
        int slot = slot(key);
        while (keys[slot] != key)
        {
            if (keys[slot] == EMPTY)
            {
                return;
            }
            slot = (slot + 1) & mask;
        }
        // Backward-shift: move later entries of the probe run into the hole if their home slot allows it.
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != EMPTY)
        {
            final int home = slot(keys[next]);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = EMPTY;
        size--;
    }

    /** Remove every entry, keeping the capacity. */
    void clear()
    {
        Arrays.fill(keys, EMPTY);
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
        final long[] oldKeys = keys;
        final int[] oldValues = values;
        allocate(keys.length << 1);
        for (int i = 0; i < oldKeys.length; i++)
        {
            if (oldKeys[i] != EMPTY)
            {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(final int capacity)
    {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        mask = capacity - 1;
        size = 0;
        resizeAt = capacity / 2;
    }
}
