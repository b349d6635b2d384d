package dev.spindle.tools.bench;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Percentiles of one latency stage of a job's {@code --hlog} file, over the intervals after a warm-up: the
 * figure the latency scripts report, so that JIT compilation and connection set-up in the first seconds do not
 * set the tail.
 * <p>
 * {@code java -cp bins/target/spindle.jar dev.spindle.tools.bench.HlogSummary FILE [--stage recv_to_applied]
 * [--skip-seconds 5]} prints one line: {@code tag=... intervals=N skipped=M count=... p50_us=... p99_us=...
 * p99.9_us=... max_us=...}. Intervals are selected by their start time relative to the log's start; every tag
 * ending in {@code /STAGE} is added together (one per source). Off the hot path: allocates freely.
 */
public final class HlogSummary
{
    private static final String USAGE =
        "usage: HlogSummary FILE.hlog [--stage recv_to_applied] [--skip-seconds 5]";

    private final String tag;
    private final int intervals;
    private final int skipped;
    private final Histogram histogram;

    private HlogSummary(final String tag, final int intervals, final int skipped, final Histogram histogram)
    {
        this.tag = tag;
        this.intervals = intervals;
        this.skipped = skipped;
        this.histogram = histogram;
    }

    /**
     * @param hlog        an interval log written by {@code --hlog} (values in nanoseconds, tags {@code source/stage}).
     * @param stage       the stage label, e.g. {@code recv_to_applied}.
     * @param skipSeconds intervals starting earlier than this after the log's start are left out.
     * @return the sum of the stage's remaining intervals.
     * @throws FileNotFoundException    if the file does not exist.
     * @throws IllegalArgumentException naming the file and stage when no interval of the stage remains.
     */
    public static HlogSummary read(final Path hlog, final String stage, final double skipSeconds)
        throws FileNotFoundException
    {
        final HistogramLogReader reader = new HistogramLogReader(hlog.toFile());
        final String suffix = "/" + stage;
        final Histogram sum = new Histogram(3);
        String tag = null;
        int intervals = 0;
        int skipped = 0;
        try
        {
            EncodableHistogram next;
            while (null != (next = reader.nextIntervalHistogram()))
            {
                if (null == next.getTag() || !next.getTag().endsWith(suffix))
                {
                    continue;
                }
                // With a start time in the log, nextIntervalHistogram() returns absolute times (ms since epoch).
                final double startSeconds = next.getStartTimeStamp() / 1000.0 - reader.getStartTimeSec();
                if (startSeconds < skipSeconds)
                {
                    skipped++;
                    continue;
                }
                sum.add((Histogram)next);
                tag = null == tag || tag.equals(next.getTag()) ? next.getTag() : "*" + suffix;
                intervals++;
            }
        }
        finally
        {
            reader.close();
        }
        if (0 == intervals)
        {
            throw new IllegalArgumentException(hlog + ": no " + stage + " interval after the first " + skipSeconds +
                " s (" + skipped + " skipped)");
        }
        return new HlogSummary(tag, intervals, skipped, sum);
    }

    /** @return the tag summed ({@code *\/stage} when several sources were). */
    public String tag()
    {
        return tag;
    }

    /** @return intervals summed. */
    public int intervals()
    {
        return intervals;
    }

    /** @return intervals of the stage left out as warm-up. */
    public int skipped()
    {
        return skipped;
    }

    /** @return the summed histogram, in nanoseconds. */
    public Histogram histogram()
    {
        return histogram;
    }

    /** @return the one-line report: tag, intervals, count and p50/p99/p99.9/max in microseconds. */
    public String line()
    {
        return String.format(Locale.ROOT,
            "tag=%s intervals=%d skipped=%d count=%d p50_us=%.1f p99_us=%.1f p99.9_us=%.1f max_us=%.1f",
            tag, intervals, skipped, histogram.getTotalCount(), us(histogram.getValueAtPercentile(50)),
            us(histogram.getValueAtPercentile(99)), us(histogram.getValueAtPercentile(99.9)), us(histogram.getMaxValue()));
    }

    /**
     * Command line entry; see the class comment. Exit status 2 with one line on a bad argument or file.
     *
     * @param args FILE [--stage STAGE] [--skip-seconds S].
     */
    public static void main(final String[] args)
    {
        System.exit(run(args, System.out, System.err));
    }

    static int run(final String[] args, final PrintStream out, final PrintStream err)
    {
        Path file = null;
        String stage = "recv_to_applied";
        double skipSeconds = 5;
        try
        {
            for (int i = 0; i < args.length; i++)
            {
                if ("--stage".equals(args[i]) && i + 1 < args.length)
                {
                    stage = args[++i];
                }
                else if ("--skip-seconds".equals(args[i]) && i + 1 < args.length)
                {
                    skipSeconds = parseSeconds(args[++i]);
                }
                else if (!args[i].startsWith("--") && null == file)
                {
                    file = Path.of(args[i]);
                }
                else
                {
                    throw new IllegalArgumentException("unexpected argument '" + args[i] + "'; " + USAGE);
                }
            }
            if (null == file)
            {
                throw new IllegalArgumentException(USAGE);
            }
            if (!Files.isRegularFile(file))
            {
                throw new IllegalArgumentException("no such hlog file: " + file);
            }
            out.println(read(file, stage, skipSeconds).line());
            return 0;
        }
        catch (final IllegalArgumentException | FileNotFoundException ex)
        {
            err.println("HlogSummary: " + ex.getMessage());
            return 2;
        }
    }

    private static double parseSeconds(final String text)
    {
        try
        {
            final double seconds = Double.parseDouble(text);
            if (seconds >= 0)
            {
                return seconds;
            }
        }
        catch (final NumberFormatException ex)
        {
            // falls through to the one error line below
        }
        throw new IllegalArgumentException("--skip-seconds: a number of seconds >= 0, got '" + text + "'");
    }

    private static double us(final long ns)
    {
        return ns / 1000.0;
    }
}
