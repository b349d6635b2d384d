package dev.spindle.binance.sync;

import java.util.Arrays;

import dev.spindle.binance.codec.DepthUpdate;

/**
 * FIFO of copied diffs in preallocated {@link DepthUpdate} slots. Grows (allocating new slots) only when more
 * diffs are buffered than ever before, up to a bound; beyond the bound the oldest diff is dropped, which keeps
 * sync correct (a snapshot older than the new first diff is simply re-fetched). Not thread safe.
 */
final class DiffRing
{
    private final int levelsPerSlot;
    private final int maxSize;
    private DepthUpdate[] slots;
    private int head;
    private int size;

    DiffRing(final int initialSlots, final int levelsPerSlot, final int maxSize)
    {
        if (initialSlots < 1 || maxSize < initialSlots)
        {
            throw new IllegalArgumentException("need 1 <= initialSlots <= maxSize: " + initialSlots + ", " + maxSize);
        }
        this.levelsPerSlot = levelsPerSlot;
        this.maxSize = maxSize;
        slots = new DepthUpdate[initialSlots];
        for (int i = 0; i < initialSlots; i++)
        {
            slots[i] = new DepthUpdate(levelsPerSlot);
        }
    }

    /**
     * Append a copy of {@code diff}.
     *
     * @return true if the oldest diff had to be dropped to make room.
     */
    boolean add(final DepthUpdate diff)
    {
        boolean dropped = false;
        if (size == slots.length)
        {
            if (size < maxSize)
            {
                grow();
            }
            else
            {
                pop();
                dropped = true;
            }
        }
        slots[(head + size) % slots.length].copyFrom(diff);
        size++;
        return dropped;
    }

    DepthUpdate first()
    {
        if (size == 0)
        {
            throw new IllegalStateException("no buffered diff");
        }
        return slots[head];
    }

    /** @return the {@code index}-th buffered diff, 0 being {@link #first()}. */
    DepthUpdate get(final int index)
    {
        if (index < 0 || index >= size)
        {
            throw new IndexOutOfBoundsException("buffered diff " + index + " of " + size);
        }
        return slots[(head + index) % slots.length];
    }

    void pop()
    {
        if (size == 0)
        {
            throw new IllegalStateException("no buffered diff");
        }
        head = (head + 1) % slots.length;
        size--;
    }

    boolean isEmpty()
    {
        return size == 0;
    }

    int size()
    {
        return size;
    }

    int capacity()
    {
        return slots.length;
    }

    void clear()
    {
        head = 0;
        size = 0;
    }

    private void grow()
    {
        final int capacity = (int)Math.min(maxSize, slots.length * 2L);
        final DepthUpdate[] grown = Arrays.copyOf(slots, capacity);
        // Unroll the ring so that it starts at 0 in the new array.
        for (int i = 0; i < size; i++)
        {
            grown[i] = slots[(head + i) % slots.length];
        }
        for (int i = size; i < capacity; i++)
        {
            grown[i] = new DepthUpdate(levelsPerSlot);
        }
        slots = grown;
        head = 0;
    }
}
