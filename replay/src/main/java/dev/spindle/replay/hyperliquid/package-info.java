/**
 * Offline replay of Hyperliquid l2Book captures: the live handler's decoder and snapshot differ rebuild the book,
 * L3 models ({@link dev.spindle.replay.hyperliquid.CountsModel}, or the venue-neutral fifo and trades models fed
 * the derived diffs) infer order events, written through the same exporters as Binance replays.
 */
package dev.spindle.replay.hyperliquid;
