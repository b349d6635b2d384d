package dev.spindle.binance.live;

import dev.spindle.binance.codec.DepthSnapshot;

/**
 * A preallocated slot carrying a fetched depth snapshot, already decoded on the snapshot thread, to the engine;
 * or the news that a fetched body could not be decoded ({@link #ok} false), so the engine asks again.
 */
final class SnapshotResponse
{
    final DepthSnapshot snapshot;
    int symbolIndex;
    boolean ok;
    long recvNs;
    long recvEpochNs;

    SnapshotResponse(final int levels)
    {
        snapshot = new DepthSnapshot(levels);
    }
}
