package dev.spindle.engine.feed;

import org.HdrHistogram.Histogram;

import dev.spindle.engine.metrics.Counters;

/**
 * What a live venue feed shows other threads about its books, whatever the venue: for status lines, summaries
 * and tests. Books are indexed from 0 in configuration order.
 */
public interface LiveBooks
{
    /** @return number of books (symbols or coins). */
    int symbolCount();

    /** @return the symbol or coin of book {@code index}, as the venue writes it. */
    String symbol(int index);

    /** @return the counters of book {@code index}; readable from any thread. */
    Counters symbolCounters(int index);

    /**
     * Any thread: the book's state and top as last published by the engine (after each batch of work).
     *
     * @param index book index.
     * @param into  overwritten.
     */
    void readTop(int index, TopOfBook into);

    /**
     * ONE reader thread (the status printer): the book's receive→applied latencies recorded since the previous
     * call, in ns.
     *
     * @param index   book index.
     * @param recycle the histogram returned by the previous call, or null.
     * @return the interval histogram.
     */
    Histogram takeRecvToApplied(int index, Histogram recycle);

    /**
     * Any thread but the engine's: have the engine copy a whole book between two frames, and wait.
     *
     * @param symbol    symbol or coin as {@link #symbol(int)} names it (Binance symbols in any case).
     * @param into      filled by the engine thread.
     * @param timeoutMs how long to wait.
     * @return true once copied; false on timeout.
     * @throws IllegalArgumentException for an unknown symbol.
     */
    boolean copyBook(String symbol, BookCopy into, long timeoutMs);
}
