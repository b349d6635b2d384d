package dev.spindle.binance.live;

/** A preallocated request slot from the engine to the snapshot thread: fetch a depth snapshot of one symbol. */
final class SnapshotRequest
{
    int symbolIndex;
}
