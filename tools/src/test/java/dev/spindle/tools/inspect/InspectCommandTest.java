package dev.spindle.tools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.writer.CaptureProducer;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;
import picocli.CommandLine;

class InspectCommandTest
{
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int inspect(final String... args)
    {
        final CommandLine commandLine = new CommandLine(new InspectCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private static byte[] depth(final long firstId, final long lastId, final long eventTimeMs)
    {
        return ("{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":" + eventTimeMs +
            ",\"s\":\"ETHUSDT\",\"U\":" + firstId + ",\"u\":" + lastId + ",\"b\":[[\"1.00\",\"2.00\"]],\"a\":[]}}")
            .getBytes(StandardCharsets.UTF_8);
    }

    /** Builds a session from a script queued before the capture thread starts; returns its directory. */
    private Path session(final String name, final int producerCapacity, final Script script) throws Exception
    {
        return session(name, producerCapacity, false, script);
    }

    private Path session(
        final String name, final int producerCapacity, final boolean scriptStarts, final Script script) throws Exception
    {
        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session(name).flushMs(5).build(0);
        try (CaptureWriter writer = new CaptureWriter(
            config, CaptureListener.NONE, SystemEpochClock.INSTANCE, new SleepingMillisIdleStrategy(1)))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            final CaptureProducer producer = writer.newProducer("ws", producerCapacity);
            script.run(writer, session, producer);
            if (!scriptStarts)
            {
                writer.start();
            }
            return session.directory();
        }
    }

    @FunctionalInterface
    private interface Script
    {
        void run(CaptureWriter writer, CaptureSession session, CaptureProducer producer) throws Exception;
    }

    /** Ten diffs with ids 1..10 (one id each), except ids in {@code skipFrom..skipTo}; recv 1.5 s after E. */
    private static void diffs(
        final CaptureSession session, final CaptureProducer producer, final long skipFrom, final long skipTo)
    {
        for (long id = 1; id <= 10; id++)
        {
            if (id >= skipFrom && id <= skipTo)
            {
                continue;
            }
            final long eventMs = 1_723_161_255_000L + id * 100;
            final byte[] frame = depth(id, id, eventMs);
            producer.frame(session, FileKind.DIFFS, (eventMs + 1_500) * 1_000_000L, frame, 0, frame.length);
        }
    }

    @Test
    @Timeout(30)
    void shouldReportCleanSessionAndExitZero() throws Exception
    {
        final Path sessionDir = session("clean", 64, (writer, session, producer) ->
        {
            final byte[] snapshot = "{\"lastUpdateId\":0,\"bids\":[],\"asks\":[]}".getBytes(StandardCharsets.UTF_8);
            producer.snapshot(session, 0, 1, snapshot, 0, snapshot.length);
            diffs(session, producer, -1, -1);
            final byte[] trade = "{\"stream\":\"ethusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1723161255100,\"t\":1}}"
                .getBytes(StandardCharsets.UTF_8);
            producer.frame(session, FileKind.TRADES, 1_723_161_255_100_000_000L, trade, 0, trade.length);
        });

        assertEquals(0, inspect(sessionDir.toString()), out + err.toString());
        final String text = out.toString();
        assertTrue(text.contains("result      OK"), text);
        assertTrue(text.contains("depth chain first id 1, last id 10, gaps 0 (unexplained 0)"), text);

        out.getBuffer().setLength(0);
        assertEquals(0, inspect(sessionDir.toString(), "--json"));
        final JSONObject json = JSON.parseObject(out.toString());
        assertTrue(json.getBooleanValue("ok"));
        assertEquals("CLOSED", json.getString("state"));
        final JSONObject diffs = json.getJSONArray("files").getJSONObject(0);
        assertEquals("diffs", diffs.getString("kind"));
        assertEquals(10, diffs.getLongValue("lines"));
        assertEquals(10, diffs.getLongValue("metadataLines"));
        assertEquals(1500.0, diffs.getDoubleValue("lagP50Ms"), 1e-9);
        assertEquals(1500.0, diffs.getDoubleValue("lagP99Ms"), 1e-9);
        assertEquals(0.9, diffs.getDoubleValue("spanSeconds"), 1e-9);
        assertTrue(diffs.getDoubleValue("bytesPerSecond") > 0);
        assertEquals(1, json.getJSONArray("files").getJSONObject(1).getLongValue("lines"));
        final JSONObject chain = json.getJSONObject("chain");
        assertEquals(1, chain.getLongValue("firstId"));
        assertEquals(10, chain.getLongValue("lastId"));
        assertEquals(0, chain.getLongValue("gapCount"));
        assertEquals(0, json.getLongValue("firstSnapshotId"));
    }

    @Test
    @Timeout(30)
    void shouldExitOneOnGapTheLedgerDoesNotExplain() throws Exception
    {
        final Path sessionDir = session("gap", 64, (writer, session, producer) -> diffs(session, producer, 4, 6));

        assertEquals(InspectCommand.EXIT_UNEXPLAINED_GAP, inspect(sessionDir.toString(), "--json"));
        final JSONObject chain = JSON.parseObject(out.toString()).getJSONObject("chain");
        assertEquals(1, chain.getLongValue("unexplainedGaps"));
        final JSONObject gap = chain.getJSONArray("gaps").getJSONObject(0);
        assertEquals(4, gap.getLongValue("line"));
        assertEquals(4, gap.getLongValue("missingFrom"));
        assertEquals(6, gap.getLongValue("missingTo"));
        assertEquals(false, gap.getBooleanValue("explained"));

        out.getBuffer().setLength(0);
        assertEquals(1, inspect(sessionDir.toString()));
        assertTrue(out.toString().contains("ids 4..6 missing: UNEXPLAINED"), out.toString());
    }

    @Test
    @Timeout(30)
    void shouldAcceptGapCoveredByLedgerIds() throws Exception
    {
        final Path sessionDir = session("explained", 64, (writer, session, producer) ->
        {
            diffs(session, producer, 4, 6);
            producer.ledger(session, FileKind.DIFFS, LedgerKind.GAP, 4, 6, 1, "U 7 after u 3");
        });

        assertEquals(0, inspect(sessionDir.toString()), out.toString());
        assertTrue(out.toString().contains("explained by GAP ids 4..6"), out.toString());
    }

    @Test
    @Timeout(30)
    void shouldAcceptGapFromQueueDropsLedgeredByTheCapture() throws Exception
    {
        final Path sessionDir = session("dropped", 4, true, (writer, session, producer) ->
        {
            diffs(session, producer, -1, -1);
            writer.start();
            awaitTrue(() -> writer.counters().linesWritten() == 4);
            final byte[] frame = depth(11, 11, 1_723_161_256_100L);
            producer.frame(session, FileKind.DIFFS, 1_723_161_257_600_000_000L, frame, 0, frame.length);
            awaitTrue(() -> writer.counters().linesWritten() == 5);
        });

        assertEquals(0, inspect(sessionDir.toString(), "--json"), out.toString());
        final JSONObject json = JSON.parseObject(out.toString());
        final JSONObject gap = json.getJSONObject("chain").getJSONArray("gaps").getJSONObject(0);
        assertEquals("DROP ids 5..10", gap.getString("explainedBy"));
        final JSONArray ledger = json.getJSONArray("ledger");
        assertEquals(6, ledger.getJSONObject(0).getLongValue("count"));
        assertEquals(6, json.getLongValue("framesDropped"));
    }

    @Test
    @Timeout(30)
    void shouldAcceptGapAtAnIdLessReconnectEntry() throws Exception
    {
        final Path sessionDir = session("reconnect", 64, (writer, session, producer) ->
        {
            for (long id = 1; id <= 3; id++)
            {
                final byte[] frame = depth(id, id, 1_000 + id);
                producer.frame(session, FileKind.DIFFS, id, frame, 0, frame.length);
            }
            producer.ledger(session, FileKind.DIFFS, LedgerKind.RECONNECT, -1, -1, 4, "serverShutdown");
            final byte[] frame = depth(500, 510, 2_000);
            producer.frame(session, FileKind.DIFFS, 5, frame, 0, frame.length);
        });

        assertEquals(0, inspect(sessionDir.toString()), out.toString());
        assertTrue(out.toString().contains("explained by RECONNECT at line 3"), out.toString());
    }

    @Test
    @Timeout(30)
    void shouldReadSessionWithTornLastLine() throws Exception
    {
        final Path sessionDir = session("torn", 64, (writer, session, producer) -> diffs(session, producer, -1, -1));
        final Path diffs = sessionDir.resolve("diffs.jsonl");
        try (RandomAccessFile raf = new RandomAccessFile(diffs.toFile(), "rw"))
        {
            raf.setLength(Files.size(diffs) - 10);
        }

        assertEquals(0, inspect(sessionDir.toString(), "--json"), out.toString());
        final JSONObject json = JSON.parseObject(out.toString());
        assertEquals(9, json.getJSONArray("files").getJSONObject(0).getLongValue("lines"));
        assertTrue(json.getJSONArray("warnings").toString().contains("torn last line"), out.toString());
    }

    @Test
    void shouldExitTwoWithOneLineOnUnreadableSession() throws IOException
    {
        Files.createDirectories(dir.resolve("empty"));

        assertEquals(InspectCommand.EXIT_UNREADABLE, inspect(dir.resolve("empty").toString()));
        final String message = err.toString().strip();
        assertTrue(message.startsWith("inspect: not a capture session directory"), message);
        assertEquals(1, message.lines().count(), message);
    }

    private static void awaitTrue(final BooleanSupplier condition) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("timed out");
            }
            Thread.sleep(2);
        }
    }
}
