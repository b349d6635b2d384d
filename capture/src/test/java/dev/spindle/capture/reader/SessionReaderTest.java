package dev.spindle.capture.reader;

import static dev.spindle.capture.CaptureTesting.depthFrame;
import static dev.spindle.capture.CaptureTesting.readLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.CaptureTesting;
import dev.spindle.capture.CaptureTesting.Line;
import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.Rotation;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.writer.CaptureProducer;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;

class SessionReaderTest
{
    @TempDir
    Path dir;

    private Path capture(final int lines, final Rotation rotation, final Compression compression)
    {
        final CachedEpochClock clock = new CachedEpochClock();
        clock.update(1_000_000L);
        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session("s1")
            .rotate(rotation).compress(compression).build(0);
        try (CaptureWriter writer = new CaptureWriter(config, CaptureListener.NONE, clock, CaptureTesting.idle()))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            final CaptureProducer producer = writer.newProducer("ws", 1 << 14);
            for (int i = 1; i <= lines; i++)
            {
                final byte[] frame = depthFrame(i, i, 5_000 + i);
                producer.frame(session, FileKind.DIFFS, 1_000_000_000L + i, frame, 0, frame.length);
            }
            writer.start();
            return session.directory();
        }
    }

    private static void truncate(final Path file, final long length) throws IOException
    {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw"))
        {
            raf.setLength(length);
        }
    }

    @Test
    @Timeout(30)
    void shouldSkipTornLastLineWithAWarning() throws IOException
    {
        final Path sessionDir = capture(5, Rotation.NONE, Compression.NONE);
        final Path diffs = sessionDir.resolve("diffs.jsonl");
        truncate(diffs, Files.size(diffs) - 30);

        final List<String> warnings = new ArrayList<>();
        final List<Line> lines = readLines(sessionDir, FileKind.DIFFS, warnings);

        assertEquals(4, lines.size());
        for (int i = 0; i < 4; i++)
        {
            assertEquals(1_000_000_001L + i, lines.get(i).recvEpochNs());
            assertEquals(new String(depthFrame(i + 1, i + 1, 5_001 + i), StandardCharsets.UTF_8), lines.get(i).text());
            assertEquals(i + 1, lines.get(i).lineNo());
        }
        assertTrue(warnings.stream().anyMatch(w -> w.contains("diffs.jsonl: torn last line")), warnings::toString);
    }

    @Test
    @Timeout(30)
    void shouldPairLinesUpToTheShorterFile() throws IOException
    {
        final Path sessionDir = capture(5, Rotation.NONE, Compression.NONE);
        final Path recv = sessionDir.resolve("diffs.recv");
        truncate(recv, Files.size(recv) - 15); // 11-byte lines: 3 whole and a torn one remain

        final List<String> warnings = new ArrayList<>();
        final List<Line> lines = readLines(sessionDir, FileKind.DIFFS, warnings);

        assertEquals(3, lines.size());
        assertEquals(1_000_000_003L, lines.get(2).recvEpochNs());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("2 line(s) after line 3 have no receive time")),
            warnings::toString);
    }

    @Test
    @Timeout(30)
    void shouldReadTruncatedGzipPartUpToTheTear() throws IOException
    {
        final Path sessionDir = capture(3000, Rotation.HOURLY, Compression.GZIP);
        final Path part = sessionDir.resolve("diffs.000001.jsonl.gz");
        truncate(part, Files.size(part) * 2 / 3);

        final List<String> warnings = new ArrayList<>();
        final List<Line> lines = readLines(sessionDir, FileKind.DIFFS, warnings);

        assertTrue(lines.size() > 100 && lines.size() < 3000, "lines before the tear: " + lines.size());
        for (int i = 0; i < lines.size(); i++)
        {
            assertEquals(new String(depthFrame(i + 1, i + 1, 5_001 + i), StandardCharsets.UTF_8), lines.get(i).text());
            assertEquals(1_000_000_001L + i, lines.get(i).recvEpochNs());
        }
        assertTrue(warnings.stream().anyMatch(w -> w.contains("diffs.000001.jsonl.gz: gzip")), warnings::toString);
    }

    @Test
    @Timeout(30)
    void shouldReadBareDiffsFileWithoutReceiveTimes() throws IOException
    {
        Files.write(dir.resolve("diffs.jsonl"), "{\"U\":1,\"u\":2}\n{\"U\":3,\"u\":4}\n".getBytes(StandardCharsets.UTF_8));

        final List<String> warnings = new ArrayList<>();
        final SessionReader reader = SessionReader.open(dir, warnings::add);
        final List<Line> lines = readLines(dir, FileKind.DIFFS, warnings);

        assertTrue(reader.metadata().isEmpty());
        assertEquals(2, lines.size());
        assertEquals(SessionReader.NO_RECV_TIME, lines.get(0).recvEpochNs());
        assertEquals("{\"U\":3,\"u\":4}", lines.get(1).text());
        assertTrue(warnings.get(0).contains("no receive-time sidecar diffs.recv"), warnings::toString);
    }

    @Test
    void shouldFailWithOneLineOnMalformedReceiveTime() throws IOException
    {
        Files.write(dir.resolve("trades.jsonl"), "{}\n{}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("trades.recv"), "12\nabc\n".getBytes(StandardCharsets.UTF_8));

        final IOException ex = assertThrows(IOException.class, () -> readLines(dir, FileKind.TRADES, null));
        assertTrue(ex.getMessage().endsWith("trades.recv line 2: not an epoch-ns receive time: \"abc\""),
            ex.getMessage());
    }

    @Test
    void shouldRejectADirectoryThatIsNoSession() throws IOException
    {
        final IOException empty = assertThrows(IOException.class, () -> SessionReader.open(dir, message -> { }));
        assertTrue(empty.getMessage().startsWith("not a capture session directory (no metadata.json"));

        final IOException missing =
            assertThrows(IOException.class, () -> SessionReader.open(dir.resolve("nope"), message -> { }));
        assertTrue(missing.getMessage().startsWith("not a capture session directory: "));

        Files.writeString(dir.resolve("metadata.json"), "{\"formatVersion\":1,");
        final IOException corrupt = assertThrows(IOException.class, () -> SessionReader.open(dir, message -> { }));
        assertTrue(corrupt.getMessage().contains("metadata.json: invalid metadata"), corrupt.getMessage());
        assertFalse(corrupt.getMessage().contains("\n"), corrupt.getMessage());
    }

    @Test
    void shouldRejectEmptyOrBinaryMetadataInOneLine() throws IOException
    {
        for (final byte[] bytes : List.of(new byte[0], new byte[] {0, (byte)0xff, (byte)0xfe, '\n', 0x1f, (byte)0x8b}))
        {
            Files.write(dir.resolve("metadata.json"), bytes);
            final IOException ex = assertThrows(IOException.class, () -> SessionReader.open(dir, message -> { }));
            assertTrue(ex.getMessage().contains("metadata.json"), ex.getMessage());
            assertEquals(1, ex.getMessage().lines().count(), ex.getMessage());
        }
    }

    @Test
    void shouldListCheckpointsByIdIgnoringUnfinishedFiles() throws IOException
    {
        Files.createDirectories(dir.resolve("checkpoints"));
        Files.writeString(dir.resolve("checkpoints/200.json"), "{}");
        Files.writeString(dir.resolve("checkpoints/30.json"), "{}");
        Files.writeString(dir.resolve("checkpoints/40.json.tmp"), "{");
        Files.writeString(dir.resolve("diffs.jsonl"), "");

        final List<Long> ids = SessionReader.open(dir, message -> { }).checkpoints().stream()
            .map(CheckpointFile::id).toList();
        assertEquals(List.of(30L, 200L), ids);
    }
}
