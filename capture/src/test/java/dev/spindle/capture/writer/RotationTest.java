package dev.spindle.capture.writer;

import static dev.spindle.capture.CaptureTesting.await;
import static dev.spindle.capture.CaptureTesting.depthFrame;
import static dev.spindle.capture.CaptureTesting.readLines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureTesting;
import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.RecordingListener;
import dev.spindle.capture.Rotation;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.meta.FileSummary;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.PartSummary;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

class RotationTest
{
    private static final long START_MS = Instant.parse("2024-08-08T23:58:00Z").toEpochMilli();
    private static final long MIDNIGHT_MS = Instant.parse("2024-08-09T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final CachedEpochClock clock = new CachedEpochClock();

    private long sent;

    private void send(final CaptureWriter writer, final CaptureProducer producer, final FileKind kind, final int count)
    {
        final CaptureSession session = writer.sessions().get(0);
        final long target = writer.counters().linesWritten() + count;
        for (int i = 0; i < count; i++)
        {
            sent++;
            final byte[] frame = depthFrame(sent, sent, 1_000 + sent);
            producer.frame(session, kind, sent, frame, 0, frame.length);
        }
        await(count + " lines written", () -> writer.counters().linesWritten() == target);
    }

    private void rotateAt(final CaptureWriter writer, final long epochMs, final long rotations)
    {
        clock.update(epochMs);
        await("rotation " + rotations, () -> writer.counters().rotations() == rotations);
    }

    @Test
    @Timeout(30)
    void shouldRotateIntoNumberedGzipPartsReadableInOrder() throws IOException
    {
        clock.update(START_MS);
        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session("s1")
            .rotate(Rotation.HOURLY).compress(Compression.GZIP).build(START_MS);
        final Path sessionDir;
        try (CaptureWriter writer = new CaptureWriter(config, listener, clock, CaptureTesting.idle()))
        {
            sessionDir = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH).directory();
            final CaptureProducer producer = writer.newProducer("ws");
            writer.start();
            send(writer, producer, FileKind.DIFFS, 10);
            send(writer, producer, FileKind.TRADES, 2);
            rotateAt(writer, MIDNIGHT_MS + 1, 1);
            send(writer, producer, FileKind.DIFFS, 10);
            rotateAt(writer, MIDNIGHT_MS + 3_600_000L, 2);
            send(writer, producer, FileKind.DIFFS, 5);
            send(writer, producer, FileKind.TRADES, 3);
        }

        final SessionReader reader = SessionReader.open(sessionDir, message -> { throw new AssertionError(message); });
        assertEquals(
            List.of("diffs.000001.jsonl.gz", "diffs.000002.jsonl.gz", "diffs.000003.jsonl.gz"),
            names(reader.parts(FileKind.DIFFS)));
        assertEquals(List.of("trades.000001.jsonl.gz", "trades.000003.jsonl.gz"), names(reader.parts(FileKind.TRADES)),
            "a stream silent for a period has no part for it");
        for (final Path part : reader.parts(FileKind.DIFFS))
        {
            assertCompleteGzip(part);
        }

        final List<Long> diffs = readLines(sessionDir, FileKind.DIFFS, null).stream()
            .map(CaptureTesting.Line::recvEpochNs).toList();
        final List<Long> expectedDiffs = new ArrayList<>();
        for (long i = 1; i <= 10; i++)
        {
            expectedDiffs.add(i);
        }
        for (long i = 13; i <= 27; i++)
        {
            expectedDiffs.add(i);
        }
        assertEquals(expectedDiffs, diffs);
        assertEquals(List.of(11L, 12L, 28L, 29L, 30L), readLines(sessionDir, FileKind.TRADES, null).stream()
            .map(CaptureTesting.Line::recvEpochNs).toList());
        assertEquals(new String(depthFrame(13, 13, 1_013), StandardCharsets.UTF_8),
            readLines(sessionDir, FileKind.DIFFS, null).get(10).text());

        final SessionMetadata metadata = reader.metadata().orElseThrow();
        final FileSummary file = metadata.file(FileKind.DIFFS);
        assertEquals(25, file.lines());
        assertEquals(
            List.of(
                new PartSummary(1, "diffs.000001.jsonl.gz", "diffs.000001.recv.gz", 1, 10, START_MS),
                new PartSummary(2, "diffs.000002.jsonl.gz", "diffs.000002.recv.gz", 11, 10, MIDNIGHT_MS + 1),
                new PartSummary(3, "diffs.000003.jsonl.gz", "diffs.000003.recv.gz", 21, 5, MIDNIGHT_MS + 3_600_000L)),
            file.parts());
        final List<LedgerEntry> rollovers =
            metadata.ledger().stream().filter(e -> LedgerKind.ROLLOVER == e.kind()).toList();
        assertEquals(2, rollovers.size());
        assertEquals("part 000002", rollovers.get(0).detail());
        assertEquals(10, rollovers.get(0).fromId(), "ids at the rollover");
        assertEquals(2, listener.rotations.size());
    }

    @Test
    @Timeout(30)
    void shouldRotateDailyIntoPlainParts() throws IOException
    {
        clock.update(START_MS);
        final CaptureConfig config =
            CaptureConfig.builder().captureDir(dir).session("s1").rotate(Rotation.DAILY).build(START_MS);
        final Path sessionDir;
        try (CaptureWriter writer = new CaptureWriter(config, listener, clock, CaptureTesting.idle()))
        {
            sessionDir = writer.openSession("binance", "ethusdt", UpdateIdScanner.NONE).directory();
            final CaptureProducer producer = writer.newProducer("ws");
            writer.start();
            send(writer, producer, FileKind.BOOK_TICKER, 3);
            rotateAt(writer, MIDNIGHT_MS + 60_000L, 1);
            send(writer, producer, FileKind.BOOK_TICKER, 2);
        }

        assertEquals(List.of("bookticker.000001.jsonl", "bookticker.000002.jsonl"),
            names(SessionReader.open(sessionDir, message -> { }).parts(FileKind.BOOK_TICKER)));
        assertArrayEquals(
            "1\n2\n3\n".getBytes(StandardCharsets.US_ASCII),
            Files.readAllBytes(sessionDir.resolve("bookticker.000001.recv")));
        assertEquals(5, readLines(sessionDir, FileKind.BOOK_TICKER, null).size());
    }

    private static List<String> names(final List<Path> parts)
    {
        return parts.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static void assertCompleteGzip(final Path part) throws IOException
    {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(part)))
        {
            final byte[] all = in.readAllBytes();
            assertTrue(all.length > 0 && '\n' == all[all.length - 1], part + " ends with a whole line");
        }
    }
}
