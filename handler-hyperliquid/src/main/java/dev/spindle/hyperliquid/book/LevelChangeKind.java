package dev.spindle.hyperliquid.book;

/**
 * How one price level differs between two consecutive l2Book snapshots of a coin. Snapshots show only the top
 * levels (20 a side), so a level can leave or enter the view without any order changing; those moves get their
 * own kinds, so that downstream (L3 inference) does not read them as cancels or new orders.
 */
public enum LevelChangeKind
{
    /** A price the previous snapshot did not show, inside its view (or the previous side was not full). */
    ADDED,
    /** A price in both snapshots whose size or order count changed. */
    CHANGED,
    /** A price the new snapshot no longer shows although it lies inside the new view: the level is gone. */
    REMOVED,
    /**
     * A price the new snapshot no longer shows because it fell out of the view: the new side is full and the
     * price is beyond its worst level. The level may still exist; it is merely not visible.
     */
    BEYOND_HORIZON,
    /**
     * A price the previous snapshot did not show because it lay beyond its view: the previous side was full and
     * the price is beyond its worst level. The level may have existed already; its history is unknown.
     */
    ENTERED_HORIZON;

    /** @return true if the level is absent from the new snapshot ({@link #REMOVED} or {@link #BEYOND_HORIZON}). */
    public boolean isAbsentAfter()
    {
        return this == REMOVED || this == BEYOND_HORIZON;
    }
}
