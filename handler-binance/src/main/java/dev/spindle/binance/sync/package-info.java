/**
 * The Binance depth synchronisation state machine: pure, no I/O, no clock, no threads. A
 * {@link dev.spindle.binance.sync.DepthSync} per symbol takes decoded diffs and snapshots in arrival order, keeps an
 * {@link dev.spindle.engine.book.L2Book} in sequence with the venue, asks for snapshots through a request counter,
 * and reports every state change, gap and resync to a {@link dev.spindle.binance.sync.SyncListener}.
 */
package dev.spindle.binance.sync;
