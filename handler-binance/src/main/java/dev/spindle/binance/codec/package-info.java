/**
 * Binance JSON decoders: zero-allocation depth diffs ({@link dev.spindle.binance.codec.DepthUpdateDecoder} into a
 * reusable {@link dev.spindle.binance.codec.DepthUpdate}), REST depth snapshots, trades, aggregated trades,
 * book tickers, subscription replies and {@code serverShutdown}, and the frame classifier
 * {@link dev.spindle.binance.codec.FrameDecoder} that routes a raw WebSocket text frame to the right one.
 * <p>
 * Decoders accept both the raw form ({@code /ws/<stream>}) and the combined-stream wrapper
 * ({@code {"stream":..,"data":..}}), ignore unknown fields, and report bad input as
 * {@link dev.spindle.binance.codec.DecodeException}. Prices and quantities are decoded straight from the bytes
 * into {@code long} mantissas at the scales of the symbol's {@link dev.spindle.engine.book.Instrument}, looked up
 * in a {@link dev.spindle.binance.codec.SymbolTable} without creating Strings. No I/O here: the live handler and
 * the replay job both feed these decoders.
 */
package dev.spindle.binance.codec;
