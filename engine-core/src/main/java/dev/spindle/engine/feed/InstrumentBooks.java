package dev.spindle.engine.feed;

import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.metrics.Counters;

/**
 * The {@link LiveBooks} views every venue's live feed answers the same way from its {@link InstrumentFeed}s, its
 * handler name, and whole-book copies on request ({@link BookCopier}). The venue feed extends it and adds
 * {@link LiveBooks#copyBook}, which looks instruments up by its own names, then {@link #copyBookAt}.
 */
public abstract class InstrumentBooks implements LiveBooks
{
    private final String name;
    private final InstrumentFeed[] feeds;
    private final BookCopier copier = new BookCopier();
    private final IntFunction<L2Book> books;

    /**
     * @param name  handler name, the engine-side log source ({@code binance}, {@code hyperliquid}).
     * @param feeds the per-instrument feeds, in table order.
     */
    protected InstrumentBooks(final String name, final InstrumentFeed[] feeds)
    {
        this.name = name;
        this.feeds = feeds;
        books = (index) -> feeds[index].book;
    }

    /** @return the handler name. */
    public final String name()
    {
        return name;
    }

    @Override
    public final int symbolCount()
    {
        return feeds.length;
    }

    @Override
    public final String symbol(final int index)
    {
        return feeds[index].instrument.symbol();
    }

    @Override
    public final Counters symbolCounters(final int index)
    {
        return feeds[index].counters;
    }

    @Override
    public final void readTop(final int index, final TopOfBook into)
    {
        feeds[index].top.read(into);
    }

    @Override
    public final Histogram takeRecvToApplied(final int index, final Histogram recycle)
    {
        return feeds[index].takeRecvToApplied(recycle);
    }

    /**
     * Engine thread: copy the books that readers asked for ({@link BookCopier#serve}).
     *
     * @return true if a copy was made.
     */
    protected final boolean serveCopies()
    {
        return copier.serve(books);
    }

    /**
     * Any thread but the engine's: copy one book, waiting for the engine to serve it.
     *
     * @param index     the instrument's index.
     * @param into      receives the copy.
     * @param timeoutMs longest wait.
     * @return false if the engine did not serve it in time.
     */
    protected final boolean copyBookAt(final int index, final BookCopy into, final long timeoutMs)
    {
        return copier.copy(index, into, timeoutMs);
    }
}
