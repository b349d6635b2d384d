package dev.spindle.engine.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.testing.LogCapture;

@Timeout(30)
class EventLogTest
{
    private static final int EMITTED = 10_000;

    @Test
    void shouldWriteOrCountAsDroppedEveryEventEmittedRightBeforeClose()
    {
        final LogCapture capture = LogCapture.start(new EventLogConfig().queueReportIntervalMs(0));
        final EventProducer producer = capture.log().newProducer("test", 1024);
        for (int i = 0; i < EMITTED; i++)
        {
            producer.emit(EventCode.INFO, "i", i);
        }
        capture.close();

        final long written = capture.log().written();
        final long dropped = capture.log().drops();
        assertEquals(EMITTED, written + dropped, "written " + written + " + dropped " + dropped);
        assertEquals(dropped, producer.drops());
        assertEquals(written, capture.linesContaining("[test] info i=").size());
    }

    @Test
    void shouldWriteEveryEventInOrderWhenTheQueueIsBigEnough()
    {
        final LogCapture capture = LogCapture.start(new EventLogConfig().queueReportIntervalMs(0));
        final EventProducer producer = capture.log().newProducer("test", 16_384);
        for (int i = 0; i < EMITTED; i++)
        {
            producer.emit(EventCode.INFO, "i", i);
        }
        capture.close();

        assertEquals(EMITTED, capture.log().written());
        assertEquals(0, capture.log().drops());
        final List<String> lines = capture.linesContaining("[test] info i=");
        assertEquals(EMITTED, lines.size());
        for (int i = 0; i < EMITTED; i++)
        {
            assertTrue(lines.get(i).contains(" i=" + i), lines.get(i));
        }
        assertEquals(EMITTED, capture.log().counters().get(Counter.LOG_EVENTS));
    }

    @Test
    void shouldCountDropsExactlyWhileTheLoggerIsStalled() throws InterruptedException
    {
        final StalledOutput output = new StalledOutput();
        final EventLog log = EventLog.start(
            new EventLogConfig().output(output).idleStrategy("sleep").queueReportIntervalMs(0));
        final EventProducer producer = log.newProducer("test", 1024);

        producer.emit(EventCode.INFO, "i", -1);
        assertTrue(output.writing.await(10, TimeUnit.SECONDS), "logger never wrote");
        // The logger holds the one drained event and is blocked in write(): the channel is all ours.
        final int extra = 500;
        int accepted = 0;
        for (int i = 0; i < producer.capacity() + extra; i++)
        {
            accepted += producer.emit(EventCode.INFO, "i", i) ? 1 : 0;
        }
        assertEquals(producer.capacity(), accepted);
        assertEquals(extra, producer.drops());

        output.release.countDown();
        log.close();
        assertEquals(1 + producer.capacity(), log.written());
        assertEquals(extra, log.drops());
        assertEquals(extra, log.counters().get(Counter.LOG_DROPS));
        final String text = output.sink.toString(StandardCharsets.UTF_8);
        assertEquals(1 + producer.capacity(), text.split("\\[test] info i=", -1).length - 1);
        assertTrue(text.contains("[test] queue depth depth=0 capacity=1024 drops=500 new_drops=500"), text);
    }

    @Test
    void shouldCountEventsEmittedAfterCloseAsDrops()
    {
        final LogCapture capture = LogCapture.start();
        final EventProducer producer = capture.log().newProducer("test");
        capture.close();

        assertFalse(producer.emit(EventCode.INFO, "i", 1));
        assertFalse(producer.claim(EventCode.WARNING).append("late").commit());
        assertEquals(2, producer.drops());
        assertEquals(2, capture.log().drops());
        assertTrue(capture.linesContaining("late").isEmpty());
    }

    @Test
    void shouldFormatTextLinesWithSourceArgumentsAndTimeSincePreviousEventOfTheSameSource()
    {
        final TestClocks clocks = new TestClocks(1_723_161_254_123_456_789L);
        final LogCapture capture = LogCapture.start(clocks.apply(new EventLogConfig()));
        final EventProducer producer = capture.log().newProducer("binance");
        final String btc = "binance:BTCUSDT";
        final String eth = "binance:ETHUSDT";

        producer.emit(btc, EventCode.SUBSCRIBED);
        clocks.advanceNs(219_000);
        producer.emit(eth, EventCode.SUBSCRIBED);
        producer.emit(btc, EventCode.SNAPSHOT_APPLIED, "bids", 1000, "asks", 1000);
        clocks.advanceNs(15_000_000);
        producer.claim(btc, EventCode.GAP).append("expected U=").append(101).decimal("px", -5, 3).commit();
        producer.emit(EventCode.ERROR, "boom");
        capture.close();

        final List<String> lines = capture.linesContaining("[binance");
        assertEquals(List.of(
            "2024-08-08T23:54:14.123456Z INFO  [binance:BTCUSDT] subscribed",
            "2024-08-08T23:54:14.123675Z INFO  [binance:ETHUSDT] subscribed",
            "2024-08-08T23:54:14.123675Z INFO  [binance:BTCUSDT] snapshot applied bids=1000 asks=1000 (+219us)",
            "2024-08-08T23:54:14.138675Z WARN  [binance:BTCUSDT] gap expected U=101 px=-0.005 (+15ms)",
            "2024-08-08T23:54:14.138675Z ERROR [binance] error boom"),
            lines);
    }

    @Test
    void shouldFormatJsonLines()
    {
        final TestClocks clocks = new TestClocks(1_723_161_254_123_456_789L);
        final LogCapture capture = LogCapture.start(clocks.apply(new EventLogConfig().format(LogFormat.JSON)));
        final EventProducer producer = capture.log().newProducer("hl:BTC");
        producer.claim(EventCode.BOOK_MISMATCH)
            .append("say \"hi\"\n\\ € 😀")
            .decimal("price", 6_512_345, 2)
            .arg("level", -3)
            .commit();
        capture.close();

        final List<String> lines = capture.linesContaining("BOOK_MISMATCH");
        assertEquals(1, lines.size());
        final com.alibaba.fastjson2.JSONObject json = com.alibaba.fastjson2.JSON.parseObject(lines.get(0));
        assertEquals("2024-08-08T23:54:14.123456Z", json.getString("ts"));
        assertEquals(1_723_161_254_123_456_789L, json.getLongValue("epochNs"));
        assertEquals("WARN", json.getString("level"));
        assertEquals("hl:BTC", json.getString("source"));
        assertEquals("say \"hi\"\n\\ € 😀", json.getString("text"));
        assertEquals(new java.math.BigDecimal("65123.45"), json.getJSONObject("args").getBigDecimal("price"));
        assertEquals(-3, json.getJSONObject("args").getLongValue("level"));
    }

    @Test
    void shouldMarkTruncatedTextAndArguments()
    {
        final LogCapture capture = LogCapture.start();
        final EventProducer producer = capture.log().newProducer("test");
        final EventBuilder builder = producer.claim(EventCode.INFO).append("x".repeat(300));
        for (int i = 0; i < 20; i++)
        {
            builder.arg("k", i);
        }
        builder.commit();
        capture.close();

        final String line = capture.linesContaining("[test] info").get(0);
        assertTrue(line.contains("x".repeat(256) + " k=0"), line);
        assertTrue(line.contains("k=11 (truncated)"), line);
    }

    @Test
    void shouldReportQueueDepthPeriodically() throws InterruptedException
    {
        try (LogCapture capture = LogCapture.start(new EventLogConfig().queueReportIntervalMs(20)))
        {
            capture.log().newProducer("test").emit(EventCode.INFO);
            final String line = capture.awaitLine("[log] queue depth producers=1", 5_000);
            assertTrue(line.matches(".* depth=\\d+ max_depth=\\d+ written=\\d+ drops=0"), line);
        }
    }

    @Test
    void shouldAppendToAFileItCreates(@TempDir final Path dir) throws IOException
    {
        final Path file = dir.resolve("logs/run.log");
        for (int run = 0; run < 2; run++)
        {
            try (EventLog log = EventLog.start(new EventLogConfig().file(file).idleStrategy("sleep")))
            {
                log.newProducer("test").emit(EventCode.STARTED, "run", run);
            }
        }
        final List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.stream().filter((line) -> line.contains("[test] started run=")).count());
    }

    @Test
    void shouldWriteOnlyWhenTheCallerDrainsAThreadlessLog()
    {
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final EventLog log = EventLog.open(new EventLogConfig().output(output).queueReportIntervalMs(0));
        final EventProducer producer = log.newProducer("test");
        for (int i = 0; i < 1500; i++)
        {
            producer.emit(EventCode.INFO, "i", i);
        }
        assertEquals(0, output.size());

        assertEquals(1024, log.drain());
        assertEquals(1024, log.written());
        producer.emit(EventCode.INFO, "i", 1500);
        log.close();
        assertEquals(1501, log.written());
        assertEquals(1501, output.toString(StandardCharsets.UTF_8).split("\\[test] info i=", -1).length - 1);
    }

    @Test
    void shouldRefuseCallerDrainsOnALogWithItsOwnThread()
    {
        try (LogCapture capture = LogCapture.start())
        {
            final IllegalStateException ex =
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, capture.log()::drain);
            assertTrue(ex.getMessage().startsWith("drain() is for a log made by EventLog.open"), ex.getMessage());
        }
    }

    @Test
    void shouldRejectAnUnknownFormatNamingTheValidOnes()
    {
        final IllegalArgumentException ex =
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LogFormat.byName("xml"));
        assertEquals("unknown log format 'xml': valid formats are text, json", ex.getMessage());
        assertEquals(LogFormat.JSON, LogFormat.byName("JSON"));
    }

    /** Blocks the logger thread in its first write until released. */
    private static final class StalledOutput extends OutputStream
    {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final ByteArrayOutputStream sink = new ByteArrayOutputStream();

        @Override
        public void write(final int b)
        {
            write(new byte[]{(byte)b}, 0, 1);
        }

        @Override
        public void write(final byte[] bytes, final int offset, final int length)
        {
            writing.countDown();
            try
            {
                release.await();
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
            sink.write(bytes, offset, length);
        }
    }
}
