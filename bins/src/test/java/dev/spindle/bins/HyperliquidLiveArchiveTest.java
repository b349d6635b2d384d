package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.zip.GZIPInputStream;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import org.agrona.CloseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import dev.spindle.replay.cli.ReplayCommand;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;
import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.Level;

/**
 * The live handler end to end against the in-process Hyperliquid simulator serving Hyperliquid's own archive hour
 * of BTC l2Book (5,587 snapshots, 2024-01-01 12:00) at 50x speed (72 s), with capture on. The simulator closes a
 * connection it hears nothing from for 3 s here (60 s on the venue) and the client pings every second (50 s on
 * the venue), so the run spans 24 idle windows: any missed ping would show as an idle close and a reconnect.
 * Finally the capture is replayed with {@code spindle replay --verify} to the same final book.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
final class HyperliquidLiveArchiveTest
{
    private static final String ARCHIVE = "hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz";
    private static final long IDLE_TIMEOUT_MS = 3_000;
    private static final long PING_INTERVAL_MS = 1_000;

    @TempDir
    Path dir;

    @Test
    void shouldFollowTheArchiveHourAt50xWithoutIdleCloseCaptureEveryFrameAndEndOnTheLastBook() throws Exception
    {
        final Path archive = TestData.require(ARCHIVE);
        final HyperliquidSimulator sim = HyperliquidSimulator.start(HyperliquidSimConfig.builder()
            .recording(List.of(archive)).speed(50).awaitFirstSubscriber(true)
            .idleTimeout(Duration.ofMillis(IDLE_TIMEOUT_MS)).warnings((w) -> { }).build());
        final LogCapture log = LogCapture.start();
        HyperliquidRun run = null;
        try
        {
            final long startNs = System.nanoTime();
            final HyperliquidLiveConfig live = HyperliquidLiveConfig.builder()
                .coins(List.of("BTC")).wsUrl(sim.wsUrl()).pingIntervalMs(PING_INTERVAL_MS)
                .reconnectBackoffMs(50, 1_000).build();
            final CaptureConfig capture = CaptureConfig.builder().captureDir(dir).session("e2e").flushMs(200)
                .build(System.currentTimeMillis());
            run = HyperliquidRun.start(live, new LiveRun.Settings(
                CpuAffinity.NO_CPU, "backoff", LogFormat.TEXT, null, 1_000, null, capture), log.log());
            final HyperliquidRun job = run;
            LiveHarness.await(() -> top(job).state() == BookState.LIVE, 10_000, () -> "not LIVE: " + top(job));

            assertTrue(sim.awaitSourceEnd(Duration.ofSeconds(90)), "the simulator served the whole hour");
            final BookView last = sim.book("BTC");
            LiveHarness.await(() -> top(job).lastUpdateId() == last.timeMs(), 5_000,
                () -> "client book time " + top(job).lastUpdateId() + " != last served " + last.timeMs());
            final BookCopy copy = new BookCopy(64);
            assertTrue(run.feed().copyBook("BTC", copy, 5_000));
            final long elapsedMs = (System.nanoTime() - startNs) / 1_000_000L;
            final long pings = run.live().pingsSent();
            final Counters btc = run.metrics().counters("hyperliquid:BTC");
            final Counters ws = run.metrics().counters("hyperliquid:ws");
            run.close();

            assertEquals(BookState.LIVE, copy.state());
            assertEquals(last.timeMs(), copy.lastUpdateId());
            assertSameSide(last.bids(), copy, Side.BID);
            assertSameSide(last.asks(), copy, Side.ASK);

            assertEquals(0, sim.counters().idleCloses(), "the client was never closed for idleness");
            assertEquals(1, sim.counters().connectionsOpened(), "one connection for the whole hour");
            assertEquals(0, ws.get(Counter.RECONNECTS));
            assertTrue(pings >= elapsedMs / PING_INTERVAL_MS - 12, "pings " + pings + " in " + elapsedMs + " ms");
            assertEquals(pings, sim.counters().pings(), "every ping was answered by the venue");

            final List<Long> archiveTimes = archiveTimes(archive);
            final long received = btc.get(Counter.DIFFS_APPLIED) + btc.get(Counter.IDENTICAL_SNAPSHOTS) +
                btc.get(Counter.DIFFS_IGNORED);
            assertEquals(archiveTimes.size(), received, "the client received every book of the hour");
            assertEquals(sim.counters().bookFramesSent(), received);
            assertEquals(1, btc.get(Counter.SNAPSHOTS));
            assertEquals(0, btc.get(Counter.DIFFS_IGNORED), "archive times strictly increase");
            assertEquals(536, btc.get(Counter.IDENTICAL_SNAPSHOTS), "the archive's identical consecutive pairs");

            final SessionReader reader = SessionReader.open(dir.resolve("hyperliquid/BTC/e2e"), (w) -> { });
            final SessionMetadata metadata = reader.metadata().orElseThrow();
            assertEquals(CaptureState.CLOSED, metadata.state());
            assertEquals("hyperliquid", metadata.venue());
            assertTrue(metadata.ledger().stream().noneMatch((e) -> e.kind() == LedgerKind.RECONNECT));
            final List<Long> capturedTimes = new ArrayList<>();
            final long[] withRecv = {0};
            reader.read(FileKind.L2BOOK, (recvEpochNs, buf, offset, length, lineNo) ->
            {
                final JSONObject frame = JSON.parseObject(new String(buf, offset, length, StandardCharsets.UTF_8));
                assertEquals("l2Book", frame.getString("channel"));
                capturedTimes.add(frame.getJSONObject("data").getLongValue("time"));
                withRecv[0] += recvEpochNs > 0 ? 1 : 0;
            });
            assertEquals(archiveTimes, capturedTimes, "l2book.jsonl holds every frame the client received, in order");
            assertEquals(archiveTimes.size(), withRecv[0], "every line has its receive time");

            // the capture replays, through `spindle replay`, to the same final book
            final Path finalBook = dir.resolve("final-book.json");
            final StringWriter replayErr = new StringWriter();
            final int exit = new CommandLine(new ReplayCommand()).setErr(new PrintWriter(replayErr)).execute(
                "--session", dir.resolve("hyperliquid/BTC/e2e").toString(), "--verify", "--no-events", "--quiet",
                "--final-book", finalBook.toString());
            assertEquals(0, exit, () -> "replay of the capture failed: " + replayErr);
            final JSONObject replayed = JSON.parseObject(Files.readString(finalBook));
            assertEquals(last.timeMs(), replayed.getLongValue("lastUpdateId"));
            assertSameLevels(last.bids(), replayed.getJSONArray("bids"), Side.BID);
            assertSameLevels(last.asks(), replayed.getJSONArray("asks"), Side.ASK);
            System.out.printf("hyperliquid archive e2e: %d books in %d ms, %d pings, last book time %d, " +
                "bids %s..%s asks %s..%s%n", received, elapsedMs, pings, last.timeMs(),
                copy.priceText(Side.BID, 0), copy.priceText(Side.BID, copy.depth(Side.BID) - 1),
                copy.priceText(Side.ASK, 0), copy.priceText(Side.ASK, copy.depth(Side.ASK) - 1));
        }
        finally
        {
            CloseHelper.closeAll(run, sim, log);
        }
    }

    private static TopOfBook top(final HyperliquidRun run)
    {
        final TopOfBook top = new TopOfBook();
        run.feed().readTop(0, top);
        return top;
    }

    private static void assertSameSide(final List<Level> expected, final BookCopy actual, final Side side)
    {
        assertEquals(20, expected.size(), side + " levels served");
        assertEquals(expected.size(), actual.depth(side), side + " depth");
        for (int i = 0; i < expected.size(); i++)
        {
            final int at = i;
            assertEquals(expected.get(i).px(), actual.priceText(side, i), () -> side + " price of level " + at);
            assertEquals(expected.get(i).sz(), actual.qtyText(side, i), () -> side + " size of level " + at);
        }
    }

    private static void assertSameLevels(final List<Level> expected, final JSONArray actual, final Side side)
    {
        assertEquals(expected.size(), actual.size(), side + " depth of the replayed book");
        for (int i = 0; i < expected.size(); i++)
        {
            final JSONArray level = actual.getJSONArray(i);
            assertEquals(expected.get(i).px(), level.getString(0), side + " replayed price of level " + i);
            assertEquals(expected.get(i).sz(), level.getString(1), side + " replayed size of level " + i);
        }
    }

    private static List<Long> archiveTimes(final Path archive) throws IOException
    {
        final List<Long> times = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(archive)), StandardCharsets.UTF_8)))
        {
            String line;
            while (null != (line = in.readLine()))
            {
                times.add(JSON.parseObject(line).getJSONObject("raw").getJSONObject("data").getLongValue("time"));
            }
        }
        return times;
    }
}
