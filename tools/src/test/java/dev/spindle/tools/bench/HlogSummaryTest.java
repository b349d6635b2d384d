package dev.spindle.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlogSummaryTest
{
    private static final long START_MS = 1_700_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldSumTheStageOverTheIntervalsAfterTheWarmUp() throws FileNotFoundException
    {
        final Path hlog = writeLog();
        final HlogSummary summary = HlogSummary.read(hlog, "recv_to_applied", 5);
        assertEquals(2, summary.intervals());
        assertEquals(1, summary.skipped(), "the first interval starts inside the warm-up");
        assertEquals(200, summary.histogram().getTotalCount());
        assertEquals(20_000, summary.histogram().getMaxValue(), 20, "the warm-up's 5 ms outlier is left out");
        assertEquals("binance/recv_to_applied", summary.tag());
    }

    @Test
    void shouldPrintOneLineInMicroseconds()
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int status = HlogSummary.run(new String[]{writeLog().toString(), "--skip-seconds", "0"},
            new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        assertEquals("tag=binance/recv_to_applied intervals=3 skipped=0 count=302 p50_us=10.0 p99_us=20.0 " +
            "p99.9_us=5001.2 max_us=5001.2", out.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void shouldNameTheFileAndStageWhenNothingRemains()
    {
        final Path hlog = writeLog();
        final IllegalArgumentException ex = assertThrows(
            IllegalArgumentException.class, () -> HlogSummary.read(hlog, "recv_to_applied", 60));
        assertEquals(hlog + ": no recv_to_applied interval after the first 60.0 s (3 skipped)", ex.getMessage());
    }

    @Test
    void shouldRejectABadSkipWithOneLine()
    {
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = HlogSummary.run(new String[]{"x.hlog", "--skip-seconds", "soon"}, System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("HlogSummary: --skip-seconds: a number of seconds >= 0, got 'soon'",
            err.toString(StandardCharsets.UTF_8).trim());
    }

    /** Three 5 s intervals of recv_to_applied (the first with a 5 ms outlier) and one of another stage. */
    private Path writeLog()
    {
        final Path file = dir.resolve("latency.hlog");
        try (PrintStream stream = new PrintStream(file.toFile(), StandardCharsets.US_ASCII))
        {
            final HistogramLogWriter writer = new HistogramLogWriter(stream);
            writer.outputLogFormatVersion();
            writer.outputStartTime(START_MS);
            writer.setBaseTime(START_MS);
            writer.outputLegend();
            for (int i = 0; i < 3; i++)
            {
                final Histogram interval = new Histogram(1, 3_600_000_000_000L, 3);
                for (int n = 0; n < 100; n++)
                {
                    interval.recordValue(n < 98 ? 10_000 : 20_000);
                }
                if (0 == i)
                {
                    interval.recordValue(5_000_000);
                    interval.recordValue(5_000_000);
                }
                interval.setStartTimeStamp(START_MS + i * 5_000L);
                interval.setEndTimeStamp(START_MS + (i + 1) * 5_000L);
                interval.setTag("binance/recv_to_applied");
                writer.outputIntervalHistogram(interval);
                final Histogram other = interval.copy();
                other.setTag("binance/recv_to_dequeue");
                writer.outputIntervalHistogram(other);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return file;
    }
}
