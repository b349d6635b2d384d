package dev.spindle.capture.writer;

import static dev.spindle.capture.CaptureTesting.await;
import static dev.spindle.capture.CaptureTesting.depthFrame;
import static dev.spindle.capture.CaptureTesting.readLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureTesting;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.RecordingListener;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

class CaptureDropTest
{
    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();

    private CaptureWriter writer()
    {
        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session("s1").flushMs(5).build(0);
        return new CaptureWriter(config, listener, SystemEpochClock.INSTANCE, CaptureTesting.idle());
    }

    private static boolean send(final CaptureProducer producer, final CaptureSession session, final long id)
    {
        final byte[] frame = depthFrame(id, id, 1_000 + id);
        return producer.frame(session, FileKind.DIFFS, id * 1_000, frame, 0, frame.length);
    }

    /** The capture thread is not running yet, so ids 1..4 fill the producer's queue of 4. */
    private static void fillQueueOf4(final CaptureProducer producer, final CaptureSession session)
    {
        for (long id = 1; id <= 4; id++)
        {
            assertTrue(send(producer, session, id));
        }
    }

    @Test
    @Timeout(30)
    void shouldCountRefusedFramesAndLedgerTheirSpanWhereTheyAreMissing() throws Exception
    {
        final Path sessionDir;
        try (CaptureWriter writer = writer())
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            sessionDir = session.directory();
            final CaptureProducer producer = writer.newProducer("ws-reader", 4);
            fillQueueOf4(producer, session);
            for (long id = 5; id <= 14; id++)
            {
                assertFalse(send(producer, session, id), "refused, never blocked");
            }
            assertEquals(10, producer.dropped());
            assertEquals(10, writer.counters().framesDropped());

            writer.start();
            await("queue drained", () -> writer.counters().linesWritten() == 4);
            assertTrue(send(producer, session, 15));
            await("frame after the drop written", () -> writer.counters().linesWritten() == 5);
        }

        final List<Long> ids = readLines(sessionDir, FileKind.DIFFS, null).stream()
            .map(line -> line.recvEpochNs() / 1_000).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 15L), ids);

        final SessionMetadata metadata = SessionReader.open(sessionDir, message -> { }).metadata().orElseThrow();
        assertEquals(10, metadata.framesDropped());
        assertEquals(10, metadata.file(FileKind.DIFFS).droppedFrames());
        final LedgerEntry drop = metadata.ledger().get(0);
        assertEquals(LedgerKind.DROP, drop.kind());
        assertEquals(10, drop.count());
        assertEquals(5_000, drop.epochNs(), "receive time of the first refused frame");
        assertEquals(14_000, drop.endEpochNs(), "receive time of the last refused frame");
        assertEquals("diffs", drop.file());
        assertEquals(4, drop.line(), "the frames are missing after line 4");
        assertEquals(5, drop.fromId(), "first missing id: last written u + 1");
        assertEquals(14, drop.toId(), "last missing id: next written U - 1");
        assertTrue(drop.covers(5, 14));
        assertTrue(drop.detail().contains("ws-reader"), drop.detail());
        assertEquals(List.of("diffs 10 5000..14000"), listener.drops);
    }

    @Test
    @Timeout(30)
    void shouldLedgerDropsStillPendingWhenTheCaptureCloses() throws Exception
    {
        final Path sessionDir;
        try (CaptureWriter writer = writer())
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            sessionDir = session.directory();
            final CaptureProducer producer = writer.newProducer("ws-reader", 4);
            fillQueueOf4(producer, session);
            assertFalse(send(producer, session, 5));
            final byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            assertFalse(producer.snapshot(session, 9, 9_000, body, 0, body.length));
            producer.close();
            writer.start();
            await("retired producer drained", () -> writer.counters().ledgerEntries() == 2);
        }

        final SessionMetadata metadata = SessionReader.open(sessionDir, message -> { }).metadata().orElseThrow();
        assertEquals(2, metadata.ledger().size());
        final LedgerEntry diffs = metadata.ledger().get(0);
        assertEquals(LedgerKind.DROP, diffs.kind());
        assertEquals(1, diffs.count());
        assertEquals(4, diffs.line());
        assertEquals(5, diffs.fromId());
        assertEquals(-1, diffs.toId(), "no later frame tells the last missing id");
        final LedgerEntry snapshot = metadata.ledger().get(1);
        assertEquals(LedgerKind.DROP, snapshot.kind());
        assertEquals(null, snapshot.file());
        assertTrue(snapshot.detail().contains("snapshot"), snapshot.detail());
        assertEquals(2, metadata.framesDropped());
    }

    @Test
    @Timeout(30)
    void shouldRefuseWithoutThrowingAfterClose() throws Exception
    {
        final CaptureProducer producer;
        final CaptureSession session;
        final CaptureWriter writer = writer();
        session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
        producer = writer.newProducer("ws-reader");
        writer.start();
        writer.close();
        writer.close();

        assertFalse(send(producer, session, 1));
        assertFalse(producer.ledger(session, null, LedgerKind.GAP, 1, 2, 3, null));
        assertEquals(2, writer.counters().refusedAfterStop());
        assertEquals(0, writer.counters().framesDropped());
    }
}
