/**
 * The Binance spot live handler: {@link dev.spindle.binance.live.BinanceLive} keeps one exact book per symbol from
 * the combined market stream ({@code /stream?streams=...}) and REST depth snapshots.
 * <p>
 * Threads and hand-offs: nv-websocket-client reading threads stamp each text frame (monotonic and wall clock) and
 * pass it through the {@link dev.spindle.binance.live.FrameGate} (de-duplication across a make-before-break
 * rollover, capture tap) into preallocated slots of an SPSC channel; the engine thread runs
 * {@link dev.spindle.binance.live.BinanceFeed} (decode, depth sync, bookTicker check, latency, counters, log
 * events); the REST thread fetches and decodes snapshots on request and hands them back through SPSC; the
 * connection thread handles reconnects with back-off, staleness and rollovers. Network code of the kit lives only
 * here; recording goes through the {@link dev.spindle.binance.live.FrameTap} interface, adapted to the capture by
 * the launcher.
 */
package dev.spindle.binance.live;
