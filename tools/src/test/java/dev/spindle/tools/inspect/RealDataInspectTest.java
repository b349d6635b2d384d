package dev.spindle.tools.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.capture.writer.CaptureProducer;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;
import dev.spindle.engine.testing.TestData;
import picocli.CommandLine;

/**
 * Replays a real hftbacktest recording of Binance spot ETHUSDT ({@code <local_ns> <raw frame>} lines) through the
 * capture as a WS reader and a REST thread would, reads it back byte for byte, and inspects it.
 */
class RealDataInspectTest
{
    @TempDir
    Path dir;

    private record Frame(long recvEpochNs, byte[] bytes)
    {
    }

    @Test
    @Timeout(120)
    void shouldCaptureRealSpotRecordingLosslesslyAndInspectItGapFree() throws Exception
    {
        final Map<FileKind, List<Frame>> expected = new EnumMap<>(FileKind.class);
        final List<Frame> snapshots = new ArrayList<>();
        load(TestData.require("binance-spot/ethusdt_20240808.gz"), expected, snapshots);
        assertEquals(1, snapshots.size());

        final CaptureConfig config =
            CaptureConfig.builder().captureDir(dir).session("real").flushMs(20).build(0);
        final Path sessionDir;
        try (CaptureWriter writer = new CaptureWriter(
            config, CaptureListener.NONE, SystemEpochClock.INSTANCE, new SleepingMillisIdleStrategy(1)))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            sessionDir = session.directory();
            final CaptureProducer ws = writer.newProducer("ws-reader", 1 << 16);
            final CaptureProducer rest = writer.newProducer("rest-snapshot", 16);
            writer.start();
            final Thread restThread = new Thread(() ->
            {
                final Frame snapshot = snapshots.get(0);
                rest.snapshot(session, 35346513512L, snapshot.recvEpochNs(), snapshot.bytes(), 0,
                    snapshot.bytes().length);
            }, "rest-snapshot");
            restThread.start();
            for (final Map.Entry<FileKind, List<Frame>> stream : expected.entrySet())
            {
                for (final Frame frame : stream.getValue())
                {
                    assertTrue(ws.frame(session, stream.getKey(), frame.recvEpochNs(), frame.bytes(), 0,
                        frame.bytes().length));
                }
            }
            restThread.join();
            assertEquals(0, writer.counters().framesDropped());
        }

        final SessionReader reader = SessionReader.open(sessionDir, message -> { throw new AssertionError(message); });
        assertArrayEquals(snapshots.get(0).bytes(), reader.snapshot());
        for (final Map.Entry<FileKind, List<Frame>> stream : expected.entrySet())
        {
            final List<Frame> frames = stream.getValue();
            final long lines = reader.read(stream.getKey(), (recvEpochNs, buf, offset, length, lineNo) ->
            {
                final Frame frame = frames.get((int)lineNo - 1);
                assertEquals(frame.recvEpochNs(), recvEpochNs);
                assertArrayEquals(frame.bytes(), Arrays.copyOfRange(buf, offset, offset + length));
            });
            assertEquals(frames.size(), lines);
        }

        final StringWriter out = new StringWriter();
        final CommandLine inspect = new CommandLine(new InspectCommand());
        inspect.setOut(new PrintWriter(out));
        assertEquals(0, inspect.execute(sessionDir.toString(), "--json"), out.toString());
        final JSONObject json = JSON.parseObject(out.toString());
        assertEquals(0, json.getJSONObject("chain").getLongValue("gapCount"));
        assertEquals(35346513512L, json.getLongValue("firstSnapshotId"));
        final JSONObject diffs = json.getJSONArray("files").getJSONObject(0);
        assertEquals(3434, diffs.getLongValue("lines"));
        // the recorder's clock ran about 1.2 s behind the exchange (data/README.md)
        final double lagP50Ms = diffs.getDoubleValue("lagP50Ms");
        assertTrue(lagP50Ms < -900 && lagP50Ms > -1600, "lag p50 " + lagP50Ms);
        assertEquals(6106, json.getJSONArray("files").getJSONObject(1).getLongValue("lines"));
        assertEquals(24077, json.getJSONArray("files").getJSONObject(2).getLongValue("lines"));
    }

    private static void load(final Path file, final Map<FileKind, List<Frame>> streams, final List<Frame> snapshots)
        throws IOException
    {
        final byte[] all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file)))
        {
            all = in.readAllBytes();
        }
        int start = 0;
        for (int i = 0; i < all.length; i++)
        {
            if ('\n' != all[i])
            {
                continue;
            }
            int space = start;
            while (' ' != all[space])
            {
                space++;
            }
            final long recvEpochNs = Long.parseLong(new String(all, start, space - start, StandardCharsets.US_ASCII));
            final byte[] bytes = Arrays.copyOfRange(all, space + 1, i);
            final String head = new String(bytes, 0, Math.min(bytes.length, 60), StandardCharsets.US_ASCII);
            final Frame frame = new Frame(recvEpochNs, bytes);
            if (head.startsWith("{\"lastUpdateId\""))
            {
                snapshots.add(frame);
            }
            else
            {
                streams.computeIfAbsent(kind(head), k -> new ArrayList<>()).add(frame);
            }
            start = i + 1;
        }
    }

    private static FileKind kind(final String head)
    {
        if (head.contains("@depth"))
        {
            return FileKind.DIFFS;
        }
        if (head.contains("@trade"))
        {
            return FileKind.TRADES;
        }
        if (head.contains("@bookTicker"))
        {
            return FileKind.BOOK_TICKER;
        }
        throw new IllegalArgumentException("unexpected frame " + head);
    }
}
