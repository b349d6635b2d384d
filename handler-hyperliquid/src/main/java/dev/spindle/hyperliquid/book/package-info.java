/**
 * Snapshot-to-diff derivation for Hyperliquid: every l2Book message is a complete top-20 snapshot, and
 * {@link dev.spindle.hyperliquid.book.L2SnapshotDiffer} keeps the coin's exact {@link dev.spindle.engine.book.L2Book}
 * (plus order counts) and derives level diffs between consecutive snapshots, telling levels that merely leave or
 * enter the 20-level view apart from real removals and additions. State changes and diffs go to a
 * {@link dev.spindle.hyperliquid.book.SnapshotListener}.
 */
package dev.spindle.hyperliquid.book;
