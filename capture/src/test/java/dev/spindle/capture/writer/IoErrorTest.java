package dev.spindle.capture.writer;

import static dev.spindle.capture.CaptureTesting.await;
import static dev.spindle.capture.CaptureTesting.depthFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

/** Permissions do not stop root, so the errors are made with a regular file in the path and with /dev/full. */
class IoErrorTest
{
    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();

    private CaptureWriter writer(final long flushMs)
    {
        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session("s1").flushMs(flushMs).build(0);
        return new CaptureWriter(config, listener, SystemEpochClock.INSTANCE, CaptureTesting.idle());
    }

    private static boolean send(final CaptureProducer producer, final CaptureSession session, final long id)
    {
        final byte[] frame = depthFrame(id, id, id);
        return producer.frame(session, FileKind.DIFFS, id, frame, 0, frame.length);
    }

    @Test
    @Timeout(30)
    void shouldStopCaptureWithErrorAndLedgerWhenCheckpointDirIsAFile() throws Exception
    {
        final byte[] body = "{\"lastUpdateId\":1}".getBytes(StandardCharsets.UTF_8);
        final Path sessionDir;
        try (CaptureWriter writer = writer(1000))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            sessionDir = session.directory();
            Files.writeString(sessionDir.resolve("checkpoints"), "a regular file where a directory belongs");
            final CaptureProducer producer = writer.newProducer("rest");
            writer.start();
            assertTrue(producer.snapshot(session, 1, 10, body, 0, body.length));
            for (long id = 2; id <= 4; id++)
            {
                assertTrue(send(producer, session, id));
            }
            assertTrue(producer.snapshot(session, 5, 50, body, 0, body.length));
            await("capture stopped", writer::hasFailed);

            for (long id = 6; id <= 20; id++)
            {
                assertFalse(send(producer, session, id), "refused quickly, no exception");
            }
            assertEquals(15, writer.counters().refusedAfterStop());
            assertEquals(1, writer.counters().ioErrors());
        }

        assertEquals(1, listener.errors.size(), listener.errors::toString);
        assertTrue(listener.errors.get(0).startsWith("capture stopped: cannot create "), listener.errors.get(0));
        assertTrue(listener.errors.get(0).contains("checkpoints"), listener.errors.get(0));

        final SessionReader reader = SessionReader.open(sessionDir, message -> { });
        final SessionMetadata metadata = reader.metadata().orElseThrow();
        assertEquals(CaptureState.FAILED, metadata.state(), "close after a failure keeps FAILED");
        final LedgerEntry error = metadata.ledger().get(metadata.ledger().size() - 1);
        assertEquals(LedgerKind.ERROR, error.kind());
        assertTrue(error.detail().contains("checkpoints"), error.detail());
        assertEquals(4, error.fromId(), "last id written before the failure");
        assertEquals(3, metadata.lines(FileKind.DIFFS), "lines before the failure are saved");
        assertEquals(3, reader.read(FileKind.DIFFS, (recvEpochNs, buf, offset, length, lineNo) -> { }));
    }

    @Test
    @Timeout(30)
    void shouldStopCaptureWhenTheDiskIsFull() throws Exception
    {
        final Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "/dev/full is needed to simulate a full disk");
        final Path sessionDir;
        try (CaptureWriter writer = writer(5))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            sessionDir = session.directory();
            Files.createSymbolicLink(sessionDir.resolve("diffs.jsonl"), devFull);
            final CaptureProducer producer = writer.newProducer("ws");
            writer.start();
            assertTrue(send(producer, session, 1));
            await("capture stopped", writer::hasFailed);
            assertFalse(send(producer, session, 2));
        }

        assertEquals(1, listener.errors.size(), listener.errors::toString);
        final String error = listener.errors.get(0);
        assertTrue(error.contains("diffs.jsonl") && error.contains("No space left on device"), error);
        final SessionMetadata metadata = readMetadata(sessionDir);
        assertEquals(CaptureState.FAILED, metadata.state());
        final LedgerEntry entry = metadata.ledger().get(0);
        assertEquals(LedgerKind.ERROR, entry.kind());
        assertEquals(1, entry.count(), "the buffered line that could not be written");
        assertTrue(entry.detail().endsWith("1 buffered line(s) lost"), entry.detail());
        assertEquals(0, metadata.lines(FileKind.DIFFS));
    }

    private static SessionMetadata readMetadata(final Path sessionDir) throws IOException
    {
        return SessionReader.open(sessionDir, message -> { }).metadata().orElseThrow();
    }
}
