package dev.spindle.engine.feed;

import org.HdrHistogram.Histogram;

import dev.spindle.engine.metrics.Counters;

/**
 * The {@link LiveBooks} views every venue's live feed answers the same way from its {@link InstrumentFeed}s. The
 * venue feed extends it and adds {@link LiveBooks#copyBook}, which looks instruments up by its own names.
 */
public abstract class InstrumentBooks implements LiveBooks
{
    private final InstrumentFeed[] feeds;

    /** @param feeds the per-instrument feeds, in table order. */
    protected InstrumentBooks(final InstrumentFeed[] feeds)
    {
        this.feeds = feeds;
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
}
