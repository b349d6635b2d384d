/**
 * The venue-neutral parts of an offline replay: its life ({@link dev.spindle.replay.run.ReplayRun}), event and book
 * outputs, progress line, summary lines and event counts, shared by the Binance and Hyperliquid replays.
 */
package dev.spindle.replay.run;
