/**
 * Hyperliquid JSON decoders: {@link dev.spindle.hyperliquid.codec.FrameDecoder} classifies a raw WebSocket text
 * frame ({@code l2Book}, {@code trades}, {@code subscriptionResponse}, {@code pong}, {@code error}, the plain-text
 * greeting) and decodes it into reusable messages; {@link dev.spindle.hyperliquid.codec.L2BookDecoder} also reads
 * the {@code POST /info} l2Book body; {@link dev.spindle.hyperliquid.codec.ArchiveLine} unwraps Hyperliquid's
 * archive lines to the raw frame; {@link dev.spindle.hyperliquid.codec.TradeDeduplicator} recognises replayed
 * trades.
 * <p>
 * Prices and sizes are decoded straight from the bytes into {@code long} mantissas at the scales of the coin's
 * {@link dev.spindle.engine.book.Instrument} (8/8 by default, see {@link dev.spindle.hyperliquid.codec.CoinTable}),
 * coins are looked up in a {@link dev.spindle.hyperliquid.codec.CoinTable} without creating Strings, and bad
 * input is a {@link dev.spindle.hyperliquid.codec.DecodeException}. No I/O here: the live handler and the replay
 * job both feed these decoders.
 */
package dev.spindle.hyperliquid.codec;
