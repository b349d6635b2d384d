package dev.spindle.bins;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

import dev.spindle.engine.feed.LiveBooks;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.metrics.LatencyRecorder;
import dev.spindle.engine.metrics.MetricsRegistry;

/**
 * Prints what a user watches while a live job runs, for any venue: per book, one line with the book state, its
 * update id, the best bid and ask as the venue writes them, and the receive→applied latency of the last interval;
 * and a summary at the end (counters, the venue's own checks, cumulative latency percentiles). One thread only.
 */
final class StatusPrinter
{
    private static final int SIGNIFICANT_DIGITS = 3;

    private final LiveBooks feed;
    private final MetricsRegistry metrics;
    private final String name;
    private final IntFunction<String> bookSummary;
    private final Supplier<List<String>> tailLines;
    private final TopOfBook top = new TopOfBook();
    private final Histogram[] intervals;
    private final Histogram[] totals;

    /**
     * @param feed        the books.
     * @param metrics     the run's counters; the summary prints the handler's set, {@code name}.
     * @param name        handler name.
     * @param bookSummary an extra summary line for book {@code i} (e.g. a verification), or null for none.
     * @param tailLines   the last summary lines (e.g. connection counters).
     */
    StatusPrinter(
        final LiveBooks feed,
        final MetricsRegistry metrics,
        final String name,
        final IntFunction<String> bookSummary,
        final Supplier<List<String>> tailLines)
    {
        this.feed = feed;
        this.metrics = metrics;
        this.name = name;
        this.bookSummary = bookSummary;
        this.tailLines = tailLines;
        intervals = new Histogram[feed.symbolCount()];
        totals = new Histogram[feed.symbolCount()];
        for (int i = 0; i < totals.length; i++)
        {
            totals[i] = new Histogram(1, LatencyRecorder.HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);
        }
    }

    /** One line per symbol, with the latency recorded since the previous call. */
    void printStatus(final PrintWriter out)
    {
        for (int i = 0; i < totals.length; i++)
        {
            final Histogram interval = takeInterval(i);
            feed.readTop(i, top);
            out.println(topLine(top) + " diffs=" + top.diffsApplied() + " recv->applied " + percentiles(interval));
        }
        out.flush();
    }

    /**
     * The end-of-run report. Call after the engine stopped, so the verification counts are final.
     *
     * @param out       where to print.
     * @param elapsedMs how long the run lasted.
     */
    void printSummary(final PrintWriter out, final long elapsedMs)
    {
        out.printf(Locale.ROOT, "summary after %.1f s%n", elapsedMs / 1000.0);
        for (int i = 0; i < totals.length; i++)
        {
            takeInterval(i);
            feed.readTop(i, top);
            out.println(topLine(top));
            out.println("  counters: " + describe(feed.symbolCounters(i)));
            final String extra = bookSummary.apply(i);
            if (null != extra)
            {
                out.println("  " + extra);
            }
            out.println("  recv->applied " + percentiles(totals[i]));
        }
        out.println(name + ": " + describe(metrics.counters(name)));
        for (final String line : tailLines.get())
        {
            out.println(line);
        }
        out.flush();
    }

    private Histogram takeInterval(final int index)
    {
        final Histogram interval = feed.takeRecvToApplied(index, intervals[index]);
        intervals[index] = interval;
        totals[index].add(interval);
        return interval;
    }

    private static String topLine(final TopOfBook top)
    {
        return top.symbol() + " " + top.state() + " u=" + top.lastUpdateId() + " bid=" + top.bidPriceText() + " x " +
            top.bidQtyText() + " ask=" + top.askPriceText() + " x " + top.askQtyText();
    }

    /** @return {@code count=N p50=12.3us p90=.. p99=.. p99.9=.. max=..}, or {@code count=0}. */
    static String percentiles(final Histogram histogram)
    {
        final long count = histogram.getTotalCount();
        if (count == 0)
        {
            return "count=0";
        }
        return String.format(Locale.ROOT, "count=%d p50=%.1fus p90=%.1fus p99=%.1fus p99.9=%.1fus max=%.1fus",
            count,
            histogram.getValueAtPercentile(50.0) / 1000.0,
            histogram.getValueAtPercentile(90.0) / 1000.0,
            histogram.getValueAtPercentile(99.0) / 1000.0,
            histogram.getValueAtPercentile(99.9) / 1000.0,
            histogram.getMaxValue() / 1000.0);
    }

    /** @return the non-zero counters as {@code label=value ...}, or {@code (all zero)}. */
    static String describe(final Counters counters)
    {
        final StringBuilder text = new StringBuilder();
        for (int id = 0; id < Counter.count(); id++)
        {
            final Counter counter = Counter.byId(id);
            final long value = counters.get(counter);
            if (value != 0)
            {
                text.append(text.length() == 0 ? "" : " ").append(counter.label()).append('=').append(value);
            }
        }
        return text.length() == 0 ? "(all zero)" : text.toString();
    }
}
