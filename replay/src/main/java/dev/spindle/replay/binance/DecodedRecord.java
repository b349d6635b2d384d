package dev.spindle.replay.binance;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthUpdate;

/**
 * A pipeline slot: one depth-pass record decoded on the reader thread, for the replay thread. Preallocated and
 * recycled through a {@link dev.spindle.spsc.PooledChannel}; the snapshot storage is made on first use only.
 */
final class DecodedRecord
{
    /** A decoded depth diff in {@link #diff}. */
    static final int DIFF = 0;
    /** A decoded REST snapshot in {@link #snapshot()}. */
    static final int SNAPSHOT = 1;
    /** A line that could not be decoded; {@link #message} says why and where. */
    static final int BAD_LINE = 2;
    /** The end of the depth pass. */
    static final int END = 3;
    /** The reader failed; {@link #failure} holds why. */
    static final int FAILED = 4;

    private static final int SLOT_LEVELS = 64;
    private static final int SNAPSHOT_LEVELS = 1024;

    final DepthUpdate diff = new DepthUpdate(SLOT_LEVELS);
    private DepthSnapshot snapshot;
    int type;
    String file;
    long lineNo;
    long recvEpochNs;
    String message;
    RuntimeException failure;
    /** True once the depth pass has skipped frames of other symbols (a capture holding several). */
    boolean otherSymbolsSeen;

    DepthSnapshot snapshot()
    {
        if (snapshot == null)
        {
            snapshot = new DepthSnapshot(SNAPSHOT_LEVELS);
        }
        return snapshot;
    }

    /** @return {@code file:line} of the record. */
    String position()
    {
        return file + ":" + lineNo;
    }
}
