package dev.spindle.engine.feed;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.metrics.LatencyRecorder;

/**
 * What the engine keeps for one instrument in every venue's live feed: its book, counters, published top of book
 * and receive-to-applied latency. A venue's per-instrument feed extends it with its sync logic. Engine thread only,
 * except {@link #top} readers and {@link #takeRecvToApplied}.
 * <p>
 * Fields are public so that the venue's feed reads them on the engine thread without calls.
 */
public abstract class InstrumentFeed
{
    private static final int SIGNIFICANT_DIGITS = 3;

    /** Position in the venue's instrument table. */
    public final int index;
    /** Log source and counter set name, e.g. {@code binance:BTCUSDT}. */
    public final String source;
    /** The instrument and its scales. */
    public final Instrument instrument;
    /** The book, engine thread only. */
    public final L2Book book;
    /** Counters of {@link #source}. */
    public final Counters counters;
    /** Published top of book, read from any thread. */
    public final TopPublisher top;
    private final SingleWriterRecorder recvToApplied =
        new SingleWriterRecorder(1, LatencyRecorder.HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);
    /** Engine thread: the book or its state changed since the last publish. */
    public boolean dirty;

    /**
     * @param index      position in the venue's instrument table.
     * @param source     log source and counter set name.
     * @param instrument the instrument.
     * @param bookLevels levels the book holds before growing.
     * @param counters   counters of the source.
     */
    protected InstrumentFeed(
        final int index,
        final String source,
        final Instrument instrument,
        final int bookLevels,
        final Counters counters)
    {
        this.index = index;
        this.source = source;
        this.instrument = instrument;
        this.counters = counters;
        book = new L2Book(instrument, bookLevels);
        top = new TopPublisher(instrument);
    }

    /**
     * Engine thread: record one receive-to-applied latency, clamped to the trackable range.
     *
     * @param latencyNs receive-to-applied time.
     */
    public final void recordRecvToApplied(final long latencyNs)
    {
        recvToApplied.recordValue(Math.min(Math.max(latencyNs, 0), LatencyRecorder.HIGHEST_TRACKABLE_NS));
    }

    /**
     * One reader thread only: swap out what was recorded since the last call.
     *
     * @param recycle a histogram returned by an earlier call, or null.
     * @return the interval histogram.
     */
    public final Histogram takeRecvToApplied(final Histogram recycle)
    {
        return recvToApplied.getIntervalHistogram(recycle);
    }
}
