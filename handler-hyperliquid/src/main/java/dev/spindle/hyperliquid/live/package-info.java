/**
 * The Hyperliquid live handler: {@link dev.spindle.hyperliquid.live.HyperliquidLive} keeps one exact book per coin
 * from one WebSocket connection carrying every coin's {@code l2Book} and {@code trades} subscriptions.
 * <p>
 * Threads and hand-offs: the nv-websocket-client reading thread stamps each text frame (monotonic and wall
 * clock), finds its channel and coin ({@link dev.spindle.hyperliquid.live.FrameRouter}) and passes it through the
 * {@link dev.spindle.hyperliquid.live.FramePipe} (capture tap, then a preallocated slot of an SPSC channel); the
 * engine thread runs {@link dev.spindle.hyperliquid.live.HyperliquidFeed} (decode, snapshot-to-diff, trade
 * de-duplication, latency, counters, log events); the connection thread subscribes, pings, detects staleness and
 * reconnects with back-off. Recording goes through the {@link dev.spindle.hyperliquid.live.HyperliquidTap}
 * interface, adapted to the capture by the launcher.
 */
package dev.spindle.hyperliquid.live;
