package dev.spindle.capture.writer;

import static dev.spindle.capture.CaptureTesting.depthFrame;
import static dev.spindle.capture.CaptureTesting.readLines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureTesting;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.KitVersion;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.RecordingListener;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.CheckpointFile;
import dev.spindle.capture.reader.SessionReader;

class CaptureWriterTest
{
    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();

    private CaptureWriter writer(final long flushMs)
    {
        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session("s1").flushMs(flushMs)
            .build(System.currentTimeMillis());
        return new CaptureWriter(config, listener, SystemEpochClock.INSTANCE, CaptureTesting.idle());
    }

    /** What one producer thread sent to one stream, in order. */
    private static final class Expected
    {
        final List<Long> recv = new ArrayList<>();
        final List<byte[]> frames = new ArrayList<>();
    }

    @Test
    @Timeout(60)
    void shouldRoundTripFramesByteForByteWithReceiveTimesFromSeveralProducerThreads() throws Exception
    {
        final Expected ethDiffs = new Expected();
        final Expected btcDiffs = new Expected();
        final Expected ethTrades = new Expected();
        final Expected btcTicker = new Expected();
        final byte[] snapshotBody = "{\"lastUpdateId\":1000,\"bids\":[[\"1.0\",\"2.0\"]],\"asks\":[]}"
            .getBytes(StandardCharsets.UTF_8);
        final byte[] checkpointBody = "{\"lastUpdateId\":5000,\"bids\":[],\"asks\":[]}".getBytes(StandardCharsets.UTF_8);

        final CaptureSession eth;
        final CaptureSession btc;
        try (CaptureWriter writer = writer(5))
        {
            eth = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            btc = writer.openSession("binance", "btcusdt", UpdateIdScanner.BINANCE_DEPTH);
            final CaptureProducer depthReader = writer.newProducer("ws-depth", 1 << 15);
            final CaptureProducer otherReader = writer.newProducer("ws-other", 1 << 15);
            final CaptureProducer rest = writer.newProducer("rest", 64);
            writer.start();

            final Thread depth = new Thread(() ->
            {
                for (int i = 0; i < 3000; i++)
                {
                    final long recvNs = 1_723_161_254_000_000_000L + i * 1_000_003L;
                    final byte[] frame = depthFrame(1001 + i * 10L, 1010 + i * 10L, 1_723_161_255_000L + i);
                    final CaptureSession session = 0 == (i & 1) ? eth : btc;
                    final Expected expected = session == eth ? ethDiffs : btcDiffs;
                    expected.recv.add(recvNs);
                    expected.frames.add(frame);
                    assertTrue(depthReader.frame(session, FileKind.DIFFS, recvNs, frame, 0, frame.length));
                }
            }, "depth");
            final Thread other = new Thread(() ->
            {
                final Random random = new Random(42);
                final byte[] scratch = new byte[400_000];
                for (int i = 0; i < 2000; i++)
                {
                    // arbitrary bytes except line breaks, some far larger than a record's initial buffer
                    final int length = i == 1000 ? 300_000 : random.nextInt(i % 50 == 0 ? 20_000 : 600);
                    for (int b = 0; b < length; b++)
                    {
                        byte value = (byte)random.nextInt(256);
                        if ('\n' == value || '\r' == value)
                        {
                            value = 'x';
                        }
                        scratch[7 + b] = value;
                    }
                    final long recvNs = 1_723_161_300_000_000_000L + i;
                    final boolean trade = 0 == (i % 3);
                    final Expected expected = trade ? ethTrades : btcTicker;
                    expected.recv.add(recvNs);
                    expected.frames.add(Arrays.copyOfRange(scratch, 7, 7 + length));
                    assertTrue(otherReader.frame(
                        trade ? eth : btc, trade ? FileKind.TRADES : FileKind.BOOK_TICKER, recvNs, scratch, 7, length));
                }
            }, "other");
            final Thread restThread = new Thread(() ->
            {
                assertTrue(rest.snapshot(eth, 1000, 77L, snapshotBody, 0, snapshotBody.length));
                assertTrue(rest.snapshot(eth, 5000, 88L, checkpointBody, 0, checkpointBody.length));
                assertTrue(rest.ledger(eth, FileKind.DIFFS, LedgerKind.RECONNECT, -1, -1, 99L, "server shutdown"));
            }, "rest");
            depth.start();
            other.start();
            restThread.start();
            depth.join();
            other.join();
            restThread.join();
            assertEquals(0, writer.counters().framesDropped());
        }

        assertStream(eth.directory(), FileKind.DIFFS, ethDiffs);
        assertStream(btc.directory(), FileKind.DIFFS, btcDiffs);
        assertStream(eth.directory(), FileKind.TRADES, ethTrades);
        assertStream(btc.directory(), FileKind.BOOK_TICKER, btcTicker);

        final SessionReader reader = SessionReader.open(eth.directory(), message -> { });
        assertArrayEquals(snapshotBody, reader.snapshot());
        final List<CheckpointFile> checkpoints = reader.checkpoints();
        assertEquals(1, checkpoints.size());
        assertEquals(5000, checkpoints.get(0).id());
        assertArrayEquals(checkpointBody, Files.readAllBytes(checkpoints.get(0).path()));
        assertEquals(List.of(FileKind.DIFFS, FileKind.TRADES), reader.kinds());

        final SessionMetadata metadata = reader.metadata().orElseThrow();
        assertEquals(CaptureState.CLOSED, metadata.state());
        assertEquals(SessionLayout.FORMAT_VERSION, metadata.formatVersion());
        assertEquals(KitVersion.version(), metadata.kitVersion());
        assertFalse(metadata.kitVersion().contains("${"), metadata.kitVersion());
        assertEquals("binance", metadata.venue());
        assertEquals("ethusdt", metadata.symbol());
        assertEquals("s1", metadata.session());
        assertTrue(metadata.endEpochMs() >= metadata.startEpochMs());
        assertEquals(1000, metadata.firstSnapshotId());
        assertEquals(77L, metadata.firstSnapshotRecvEpochNs());
        assertEquals(1010 + 2998 * 10L, metadata.lastUpdateId());
        assertEquals(ethDiffs.frames.size(), metadata.lines(FileKind.DIFFS));
        assertEquals(ethTrades.frames.size(), metadata.lines(FileKind.TRADES));
        assertEquals(0, metadata.lines(FileKind.BOOK_TICKER));
        assertEquals(1, metadata.checkpoints().size());
        assertEquals("checkpoints/5000.json", metadata.checkpoints().get(0).file());
        assertEquals(88L, metadata.checkpoints().get(0).recvEpochNs());
        final LedgerEntry reconnect = metadata.ledger().get(0);
        assertEquals(LedgerKind.RECONNECT, reconnect.kind());
        assertEquals("server shutdown", reconnect.detail());
        assertEquals("diffs", reconnect.file());
        assertEquals(0, metadata.framesDropped());
        assertTrue(listener.errors.isEmpty(), listener.errors::toString);
        assertTrue(Files.exists(dir.resolve("binance/btcusdt/s1/bookticker.recv")));
        assertFalse(Files.exists(dir.resolve("binance/btcusdt/s1/trades.jsonl")), "no file for a silent stream");
    }

    private static void assertStream(final Path sessionDir, final FileKind kind, final Expected expected)
        throws IOException
    {
        final List<Long> recv = new ArrayList<>();
        final List<byte[]> frames = new ArrayList<>();
        final long lines = SessionReader.open(sessionDir, message -> { throw new AssertionError(message); })
            .read(kind, (recvEpochNs, buf, offset, length, lineNo) ->
            {
                assertEquals(recv.size() + 1, lineNo);
                recv.add(recvEpochNs);
                frames.add(Arrays.copyOfRange(buf, offset, offset + length));
            });
        assertEquals(expected.frames.size(), lines);
        assertEquals(expected.recv, recv);
        for (int i = 0; i < frames.size(); i++)
        {
            assertArrayEquals(expected.frames.get(i), frames.get(i), kind + " line " + (i + 1));
        }
    }

    @Test
    @Timeout(60)
    void shouldRewriteMetadataAtomicallyWhileRunningAndWriteFinalCountsOnClose() throws Exception
    {
        final List<String> problems = new CopyOnWriteArrayList<>();
        final AtomicBoolean producing = new AtomicBoolean(true);
        final long frames;
        final Path sessionDir;
        try (CaptureWriter writer = writer(2))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            sessionDir = session.directory();
            final CaptureProducer producer = writer.newProducer("ws", 1 << 16);
            writer.start();

            final Thread watcher = new Thread(() ->
            {
                long previousLines = 0;
                int reads = 0;
                while (producing.get() || reads < 20)
                {
                    try
                    {
                        final SessionMetadata metadata = MetadataCodec.fromJson(
                            Files.readAllBytes(sessionDir.resolve(SessionLayout.METADATA)), "metadata.json");
                        final long lines = metadata.lines(FileKind.DIFFS);
                        if (lines < previousLines)
                        {
                            problems.add("line count went back from " + previousLines + " to " + lines);
                        }
                        final long onDisk = SessionReader.open(sessionDir, message -> { }).read(
                            FileKind.DIFFS, (recvEpochNs, buf, offset, length, lineNo) -> { });
                        if (onDisk < lines)
                        {
                            problems.add("metadata says " + lines + " lines, files hold " + onDisk);
                        }
                        previousLines = lines;
                        reads++;
                    }
                    catch (final IOException | RuntimeException ex)
                    {
                        problems.add("metadata unreadable while running: " + ex);
                    }
                }
            }, "watcher");
            watcher.start();

            long sent = 0;
            final long deadlineNs = System.nanoTime() + 700_000_000L;
            while (System.nanoTime() - deadlineNs < 0)
            {
                final byte[] frame = depthFrame(sent + 1, sent + 1, 1_000 + sent);
                assertTrue(producer.frame(session, FileKind.DIFFS, 5_000 + sent, frame, 0, frame.length));
                sent++;
                if (0 == sent % 64)
                {
                    Thread.sleep(1);
                }
            }
            frames = sent;
            producing.set(false);
            watcher.join();
            assertTrue(writer.counters().flushes() > 3, "flushed while running");
        }

        assertTrue(problems.isEmpty(), problems::toString);
        final SessionMetadata metadata = SessionReader.open(sessionDir, message -> { }).metadata().orElseThrow();
        assertEquals(CaptureState.CLOSED, metadata.state());
        assertTrue(metadata.endEpochMs() > 0);
        assertEquals(frames, metadata.lines(FileKind.DIFFS));
        assertEquals(frames, metadata.lastUpdateId());
        assertEquals(frames, readLines(sessionDir, FileKind.DIFFS, null).size());
        try (Stream<Path> files = Files.list(sessionDir))
        {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(SessionLayout.TMP)).toList());
        }
    }

    @Test
    @Timeout(30)
    void shouldKeepOneFramePerLineWhenAFrameHoldsLineBreaks() throws Exception
    {
        final Path sessionDir;
        try (CaptureWriter writer = writer(1000))
        {
            sessionDir = writer.openSession("binance", "ethusdt", UpdateIdScanner.NONE).directory();
            final CaptureProducer producer = writer.newProducer("ws");
            final byte[] frame = "{\"a\":\n1,\r\n\"b\":2}".getBytes(StandardCharsets.UTF_8);
            producer.frame(writer.sessions().get(0), FileKind.TRADES, 1, frame, 0, frame.length);
            assertEquals("{\"a\":\n1,\r\n\"b\":2}", new String(frame, StandardCharsets.UTF_8), "caller's bytes kept");
            writer.start();
        }

        final List<CaptureTesting.Line> lines = readLines(sessionDir, FileKind.TRADES, null);
        assertEquals(1, lines.size());
        assertEquals("{\"a\": 1,  \"b\":2}", lines.get(0).text());
        assertEquals(1, listener.warnings.size());
        assertEquals(1, SessionReader.open(sessionDir, message -> { }).metadata().orElseThrow()
            .file(FileKind.TRADES).rewrittenLines());
    }

    @Test
    void shouldRefuseToReuseAnExistingSessionDirectory()
    {
        try (CaptureWriter first = writer(1000))
        {
            first.openSession("binance", "ethusdt", UpdateIdScanner.NONE);
        }
        try (CaptureWriter second = writer(1000))
        {
            final IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> second.openSession("binance", "ethusdt", UpdateIdScanner.NONE));
            assertTrue(ex.getMessage().startsWith("capture session directory already exists: "), ex.getMessage());
        }
    }

    @Test
    void shouldWriteMetadataAtOpenSoAnEmptySessionIsReadable() throws IOException
    {
        try (CaptureWriter writer = writer(1000))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.NONE);
            final SessionMetadata metadata =
                SessionReader.open(session.directory(), message -> { }).metadata().orElseThrow();
            assertEquals(CaptureState.RUNNING, metadata.state());
            assertEquals(-1, metadata.endEpochMs());
            assertNotNull(metadata.recvTimes());
        }
    }

    @Test
    void shouldRejectASessionOfAnotherWriter()
    {
        final CaptureConfig other = CaptureConfig.builder().captureDir(dir).session("s2").build(0);
        try (CaptureWriter writer = writer(1000);
            CaptureWriter otherWriter = new CaptureWriter(other, listener))
        {
            writer.openSession("binance", "ethusdt", UpdateIdScanner.NONE);
            final CaptureSession foreign = otherWriter.openSession("binance", "ethusdt", UpdateIdScanner.NONE);
            final CaptureProducer producer = writer.newProducer("ws");
            assertThrows(IllegalArgumentException.class,
                () -> producer.frame(foreign, FileKind.DIFFS, 0, new byte[1], 0, 1));
        }
    }
}
