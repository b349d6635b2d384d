package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.CheckpointFile;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.testing.TestData;
import dev.spindle.tools.inspect.InspectCommand;
import dev.spindle.tools.sim.binance.BinanceSimConfig;
import picocli.CommandLine;

/**
 * The real ETHUSDT recording served by the simulator (accelerated), followed live with capture on. One run; each
 * test checks one thing a user would: the book equals the venue's level by level, the bookTicker never disagrees,
 * the capture holds exactly the depth frames sent, with receive times, plus checkpoints, and passes inspection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
final class BinanceLiveRecordingTest
{
    private static final String SYMBOL = "ethusdt";
    private static final String DEPTH_STREAM = "\"stream\":\"ethusdt@depth@100ms\"";
    private static final Pattern FINAL_ID = Pattern.compile("\"u\":(\\d+)");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("^\\{\"lastUpdateId\":(\\d+)");
    private static final double SPEED = 30;

    @TempDir
    static Path captureDir;

    private Path recording;
    private final List<BookCopy> comparedDuringRun = new ArrayList<>();
    private BookCopy comparedAtEnd;
    private long tickerMismatches;
    private long tickerMatches;
    private long mismatchCounter;
    private Path sessionDir;
    private long startEpochNs;
    private long endEpochNs;
    private long depthFramesSent;
    private long tradeFramesSent;
    private long tickerFramesSent;
    private AssertionError runFailure;

    @BeforeAll
    void runRecordingLive() throws Exception
    {
        recording = TestData.require("binance-spot/ethusdt_20240808.gz");
        final BinanceSimConfig sim = BinanceSimConfig.builder()
            .recording(List.of(recording))
            .speed(SPEED)
            .awaitFirstSubscriber(true)
            .restWeightLimit(1_000_000)
            .build();
        final CaptureConfig capture = CaptureConfig.builder()
            .captureDir(captureDir)
            .session("e2e")
            .checkpointIntervalMs(1_000)
            .flushMs(100)
            .build(System.currentTimeMillis());
        startEpochNs = System.currentTimeMillis() * 1_000_000L;
        final LiveHarness h = LiveHarness.start(sim, List.of(SYMBOL), (b) -> b.depthLimit(5_000), capture);
        try
        {
            sessionDir = h.run.sessions().get(0).directory();
            h.awaitState(SYMBOL, BookState.LIVE, 30_000);
            for (int i = 0; i < 3; i++)
            {
                Thread.sleep(1_500);
                comparedDuringRun.add(h.assertBookMatchesSimulator(SYMBOL));
            }
            assertTrue(h.sim.awaitSourceEnd(Duration.ofSeconds(90)), "recording did not finish");
            final long lastId = h.sim.bookAt(SYMBOL).lastUpdateId();
            LiveHarness.await(() -> h.top(SYMBOL).lastUpdateId() == lastId, 10_000,
                () -> "book stuck at " + h.top(SYMBOL) + ", venue at " + lastId);
            comparedAtEnd = h.assertBookMatchesSimulator(SYMBOL);
            mismatchCounter = h.symbolCounters(SYMBOL).get(Counter.BOOK_MISMATCHES);
            depthFramesSent = h.sim.counters().framesSent("ethusdt@depth@100ms");
            tradeFramesSent = h.sim.counters().framesSent("ethusdt@trade");
            tickerFramesSent = h.sim.counters().framesSent("ethusdt@bookTicker");
        }
        catch (final AssertionError ex)
        {
            runFailure = ex;
        }
        finally
        {
            h.close();
            endEpochNs = System.currentTimeMillis() * 1_000_000L;
        }
        final BookTickerCheck check = h.feed().tickerCheck(0);
        tickerMismatches = check.mismatches();
        tickerMatches = check.matches();
    }

    @Test
    void shouldKeepTheBookEqualToTheVenueLevelByLevel()
    {
        assertNull(runFailure, () -> "run failed: " + runFailure);
        assertEquals(3, comparedDuringRun.size());
        assertTrue(comparedDuringRun.get(0).lastUpdateId() < comparedDuringRun.get(2).lastUpdateId());
        assertNotNull(comparedAtEnd);
        assertTrue(comparedAtEnd.copiedDepth(Side.BID) > 500, comparedAtEnd::toString);
    }

    @Test
    void shouldReportNoBookTickerMismatches()
    {
        assertNull(runFailure, () -> "run failed: " + runFailure);
        assertEquals(0, tickerMismatches);
        assertEquals(0, mismatchCounter);
        assertTrue(tickerMatches > 3_000, "only " + tickerMatches + " checkpoints verified");
    }

    @Test
    void shouldCaptureExactlyTheDepthFramesSentWithReceiveTimes() throws IOException
    {
        assertNull(runFailure, () -> "run failed: " + runFailure);
        final List<String> expected = recordedDepthFramesAfterSnapshot();
        final List<String> captured = new ArrayList<>();
        final List<Long> recvTimes = new ArrayList<>();
        final SessionReader reader = SessionReader.open(sessionDir, (warning) -> fail("reader warning: " + warning));
        reader.read(FileKind.DIFFS, (recvEpochNs, buf, offset, length, lineNo) ->
        {
            captured.add(new String(buf, offset, length, StandardCharsets.UTF_8));
            recvTimes.add(recvEpochNs);
        });

        assertTrue(expected.size() > 3_000, "only " + expected.size() + " depth frames in the recording");
        assertEquals(depthFramesSent, expected.size(), "the simulator sent a different set of frames");
        assertEquals(expected.size(), captured.size(), () -> "depth lines captured; the session's ledger: " +
            reader.metadata().map(SessionMetadata::ledger).orElse(List.of()) + ", frames dropped " +
            reader.metadata().map(SessionMetadata::framesDropped).orElse(-1L));
        for (int i = 0; i < expected.size(); i++)
        {
            assertEquals(expected.get(i), captured.get(i), "line " + (i + 1) + " of diffs.jsonl");
        }
        long previous = 0;
        for (final long recv : recvTimes)
        {
            assertNotEquals(SessionReader.NO_RECV_TIME, recv);
            assertTrue(recv >= startEpochNs && recv <= endEpochNs, "receive time " + recv + " outside the run");
            assertTrue(recv >= previous, "receive times go back");
            previous = recv;
        }
        assertTrue(tradeFramesSent > 1_000 && tickerFramesSent > 10_000, "too few trades or tickers sent");
        assertEquals(tradeFramesSent, reader.metadata().orElseThrow().lines(FileKind.TRADES));
        assertEquals(tickerFramesSent, reader.metadata().orElseThrow().lines(FileKind.BOOK_TICKER));
    }

    @Test
    void shouldWriteTheSnapshotAndCheckpointsAtTheRequestedInterval() throws IOException
    {
        assertNull(runFailure, () -> "run failed: " + runFailure);
        final SessionReader reader = SessionReader.open(sessionDir, (warning) -> fail("reader warning: " + warning));
        final SessionMetadata metadata = reader.metadata().orElseThrow();
        assertEquals(CaptureState.CLOSED, metadata.state());
        assertTrue(metadata.firstSnapshotId() > 0);
        final byte[] snapshot = reader.snapshot();
        assertNotNull(snapshot);
        assertTrue(new String(snapshot, StandardCharsets.UTF_8).startsWith("{\"lastUpdateId\":" +
            metadata.firstSnapshotId()));
        final List<CheckpointFile> checkpoints = reader.checkpoints();
        final long runSeconds = (endEpochNs - startEpochNs) / 1_000_000_000L;
        assertTrue(checkpoints.size() >= runSeconds / 3, checkpoints.size() + " checkpoints in " + runSeconds + " s");
        long previous = metadata.firstSnapshotId();
        for (final CheckpointFile checkpoint : checkpoints)
        {
            assertTrue(checkpoint.id() >= previous, "checkpoint ids go back");
            assertTrue(Files.readString(checkpoint.path()).startsWith("{\"lastUpdateId\":" + checkpoint.id()));
            previous = checkpoint.id();
        }
    }

    @Test
    void shouldPassInspectionWithoutGaps()
    {
        assertNull(runFailure, () -> "run failed: " + runFailure);
        final StringWriter text = new StringWriter();
        final int exit = new CommandLine(new InspectCommand())
            .setOut(new PrintWriter(text))
            .setErr(new PrintWriter(text))
            .execute(sessionDir.toString());
        assertEquals(0, exit, text::toString);
        assertTrue(text.toString().contains("result      OK"), text::toString);
    }

    /** The recording's depth frames newer than its snapshot: what the simulator serves, independently read. */
    private List<String> recordedDepthFramesAfterSnapshot() throws IOException
    {
        final List<String> frames = new ArrayList<>();
        long snapshotId = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(recording)), StandardCharsets.UTF_8)))
        {
            String line;
            while (null != (line = in.readLine()))
            {
                final String json = line.substring(line.indexOf(' ') + 1);
                final Matcher snapshot = SNAPSHOT_ID.matcher(json);
                if (snapshotId < 0 && snapshot.find())
                {
                    snapshotId = Long.parseLong(snapshot.group(1));
                }
                else if (json.contains(DEPTH_STREAM))
                {
                    final Matcher id = FINAL_ID.matcher(json);
                    assertTrue(id.find(), json);
                    if (snapshotId >= 0 && Long.parseLong(id.group(1)) > snapshotId)
                    {
                        frames.add(json);
                    }
                }
            }
        }
        assertTrue(snapshotId > 0, "no snapshot in the recording");
        return frames;
    }
}
