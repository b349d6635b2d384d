/**
 * Online verification of rebuilt Binance books against independent venue data: the bookTicker stream
 * ({@link dev.spindle.binance.verify.BookTickerCheck}).
 */
package dev.spindle.binance.verify;
