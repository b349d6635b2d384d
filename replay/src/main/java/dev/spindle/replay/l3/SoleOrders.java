package dev.spindle.replay.l3;

import java.util.Arrays;

/**
 * Which resting inferred orders are likely exactly one true order each. An increase stands for one true order only
 * when nothing else could have been netted into it: the update that showed it changed no other level (a feed that
 * publishes one event per update changes one level; a bucketed feed changes many and merges what arrived in the
 * bucket), and it is not a refill or a snapshot level. Indexed by order reference; allocation-free once grown to
 * the book's order count. Not thread safe.
 */
final class SoleOrders
{
    private boolean[] sole = new boolean[1024];
    private int[] createdInUpdate = new int[64];
    private int createdCount;
    private int changedLevels;

    /** Start an update. */
    void beginUpdate()
    {
        createdCount = 0;
        changedLevels = 0;
    }

    /** A level changed in the current update. */
    void levelChanged()
    {
        changedLevels++;
    }

    /**
     * An order was created in the current update.
     *
     * @param order      its reference.
     * @param candidate  false when it is known to stand for more than one true order or for an unknown number.
     */
    void created(final int order, final boolean candidate)
    {
        if (order >= sole.length)
        {
            sole = Arrays.copyOf(sole, Math.max(order + 1, sole.length * 2));
        }
        sole[order] = candidate;
        if (candidate)
        {
            if (createdCount == createdInUpdate.length)
            {
                createdInUpdate = Arrays.copyOf(createdInUpdate, createdCount * 2);
            }
            createdInUpdate[createdCount++] = order;
        }
    }

    /** End the update: what it created is not sole if it changed more than one level. */
    void endUpdate()
    {
        if (changedLevels > 1)
        {
            for (int i = 0; i < createdCount; i++)
            {
                sole[createdInUpdate[i]] = false;
            }
        }
    }

    /** @return true if {@code order}, which rests, is likely one true order. */
    boolean isSole(final int order)
    {
        return sole[order];
    }
}
