package dev.spindle.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.log.EventLogConfig;
import dev.spindle.engine.testing.LogCapture;

@Timeout(30)
class MetricsReporterTest
{
    private static final long HOUR_MS = 3_600_000;
    private static final Pattern VALUE = Pattern.compile(" (\\w+)=([-0-9.]+)");

    private final MetricsRegistry registry = new MetricsRegistry();
    private final LogCapture capture = LogCapture.start(new EventLogConfig().queueReportIntervalMs(0));

    @Test
    void shouldReportExpectedPercentilesInMicrosForKnownValues()
    {
        final LatencyRecorder latency = registry.latency("binance");
        for (int micros = 1; micros <= 1000; micros++)
        {
            latency.record(LatencyStage.DECODE, micros * 1_000L);
        }
        registry.counters("binance").add(Counter.MESSAGES, 1000);

        MetricsReporter.start(registry, capture.log(), HOUR_MS).close();
        capture.close();

        for (final String prefix : List.of("[binance] metrics latency decode ", "[binance] metrics summary latency decode "))
        {
            final List<String> lines = capture.linesContaining(prefix);
            assertEquals(1, lines.size(), prefix);
            final String line = lines.get(0);
            assertEquals(1000, value(line, "count"), 0, line);
            assertWithinPrecision(500, value(line, "p50_us"), line);
            assertWithinPrecision(900, value(line, "p90_us"), line);
            assertWithinPrecision(990, value(line, "p99_us"), line);
            assertWithinPrecision(999, value(line, "p99_9_us"), line);
            assertWithinPrecision(1000, value(line, "max_us"), line);
        }
        assertEquals(1, capture.linesContaining("[binance] metrics counters messages=1000").size());
        assertEquals(1, capture.linesContaining("[binance] metrics summary counters messages=1000").size());
        assertTrue(capture.linesContaining("latency apply").isEmpty(), "stages without values are not reported");
    }

    @Test
    void shouldReportEachIntervalSeparatelyAndEverythingInTheSummary() throws InterruptedException
    {
        final LatencyRecorder latency = registry.latency("feed");
        final MetricsReporter reporter = MetricsReporter.start(registry, capture.log(), 20);
        try
        {
            for (int i = 0; i < 10; i++)
            {
                latency.record(LatencyStage.APPLY, 5_000);
            }
            capture.awaitLine("[feed] metrics latency apply count=10 ", 5_000);
            for (int i = 0; i < 5; i++)
            {
                latency.record(LatencyStage.APPLY, 7_000);
            }
            capture.awaitLine("[feed] metrics latency apply count=5 ", 5_000);
        }
        finally
        {
            reporter.close();
        }
        capture.close();
        final String summary = capture.linesContaining("[feed] metrics summary latency apply").get(0);
        assertEquals(15, value(summary, "count"), 0, summary);
        assertWithinPrecision(7, value(summary, "max_us"), summary);
    }

    @Test
    void shouldWriteAnHlogThatHdrHistogramCanReadBack(@TempDir final Path dir) throws IOException
    {
        final Path hlog = dir.resolve("latency.hlog");
        final LatencyRecorder latency = registry.latency("binance:BTCUSDT");
        for (int i = 1; i <= 100; i++)
        {
            latency.record(LatencyStage.RECV_TO_APPLIED, i * 10_000L);
        }
        MetricsReporter.start(registry, capture.log(), HOUR_MS, hlog).close();

        try (FileInputStream in = new FileInputStream(hlog.toFile()))
        {
            final HistogramLogReader reader = new HistogramLogReader(in);
            final Histogram histogram = (Histogram)reader.nextIntervalHistogram();
            assertEquals("binance:BTCUSDT/recv_to_applied", histogram.getTag());
            assertEquals(100, histogram.getTotalCount());
            assertEquals(1_000_000, histogram.getMaxValue(), 1_000);
            assertEquals(null, reader.nextIntervalHistogram());
        }
        capture.close();
    }

    @Test
    void shouldRejectANonPositiveInterval()
    {
        final IllegalArgumentException ex = assertThrows(
            IllegalArgumentException.class, () -> MetricsReporter.start(registry, capture.log(), 0));
        assertEquals("metrics interval must be > 0 ms: 0", ex.getMessage());
        capture.close();
    }

    private static double value(final String line, final String key)
    {
        final Matcher matcher = VALUE.matcher(line);
        while (matcher.find())
        {
            if (matcher.group(1).equals(key))
            {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no " + key + " in: " + line);
    }

    private static void assertWithinPrecision(final double expected, final double actual, final String line)
    {
        // HdrHistogram keeps 3 significant digits: reported values are within 0.1% of the recorded ones.
        assertEquals(expected, actual, expected * 0.001, line);
    }
}
