/**
 * Exact order books: fixed-point decimals ({@link dev.spindle.engine.book.Decimal}), per-instrument scales and
 * display decimals ({@link dev.spindle.engine.book.Instrument}), the sorted-array
 * {@link dev.spindle.engine.book.L2Book}, and the book's visible {@link dev.spindle.engine.book.BookState}.
 * <p>
 * Prices and quantities are {@code long} mantissas: the value is {@code mantissa / 10^scale}. Nothing here uses
 * {@code double} or {@code BigDecimal}, and nothing allocates on the update path once capacities are reached.
 */
package dev.spindle.engine.book;
