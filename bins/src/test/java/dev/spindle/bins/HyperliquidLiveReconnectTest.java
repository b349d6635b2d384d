package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agrona.CloseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;

/** The live handler against the simulator when the connection drops, goes silent, or carries a malformed frame. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class HyperliquidLiveReconnectTest
{
    @TempDir
    Path dir;

    @Test
    void shouldResubscribeAfterADropStaleFeedAndMalformedFrameCountingReplayedTradesOnce() throws Exception
    {
        final HyperliquidSimulator sim = HyperliquidSimulator.start(HyperliquidSimConfig.builder()
            .synthetic(List.of("BTC", "ETH"), 20, 7, 20).warnings((w) -> { }).build());
        final LogCapture log = LogCapture.start();
        HyperliquidRun run = null;
        try
        {
            final HyperliquidLiveConfig live = HyperliquidLiveConfig.builder()
                .coins(List.of("BTC", "ETH")).wsUrl(sim.wsUrl()).pingIntervalMs(1_000).staleMs(500)
                .reconnectBackoffMs(50, 500).build();
            run = HyperliquidRun.start(live, new LiveRun.Settings(CpuAffinity.NO_CPU, "backoff", LogFormat.TEXT,
                null, 1_000, null, CaptureConfig.builder().captureDir(dir).session("s").flushMs(100)
                .build(System.currentTimeMillis())), log.log());
            final HyperliquidRun job = run;
            final Counters btc = run.metrics().counters("hyperliquid:BTC");
            final Counters ws = run.metrics().counters("hyperliquid:ws");
            LiveHarness.await(() -> top(job, 0).state() == BookState.LIVE && top(job, 1).state() == BookState.LIVE &&
                btc.get(Counter.TRADES) > 30, 10_000, () -> "not LIVE with trades: " + top(job, 0));
            final long replayed = btc.get(Counter.DUPLICATE_TRADES);

            sim.disconnectAll();
            LiveHarness.await(() -> ws.get(Counter.RECONNECTS) == 1 && btc.get(Counter.SNAPSHOTS) == 2 &&
                top(job, 0).state() == BookState.LIVE, 10_000, () -> "no resubscription: " + top(job, 0));
            // The 30 replayed trades: those received before the drop are duplicates, those published while the
            // connection was down (a few at 20 books/s) are new.
            LiveHarness.await(() -> btc.get(Counter.DUPLICATE_TRADES) >= replayed + 20, 5_000,
                () -> "the replay after the reconnect was not recognised: " + btc.get(Counter.DUPLICATE_TRADES));
            assertNotNull(log.awaitLine("[hyperliquid:BTC] state LIVE -> RESYNCING (DISCONNECTED)", 5_000));
            assertNotNull(log.awaitLine("[hyperliquid:BTC] state RESYNCING -> LIVE (SNAPSHOT_LOADED)", 5_000));

            sim.sendToAll("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":");
            LiveHarness.await(() -> job.metrics().counters("hyperliquid").get(Counter.DECODE_ERRORS) == 1, 5_000,
                () -> "malformed frame not counted");
            assertNotNull(log.awaitLine("[hyperliquid] error undecodable frame", 5_000));

            sim.stall(1_500);
            LiveHarness.await(() -> btc.get(Counter.STALE) >= 1 && ws.get(Counter.RECONNECTS) >= 2 &&
                top(job, 0).state() == BookState.LIVE, 10_000, () -> "stale feed not replaced: " + top(job, 0));
            assertEquals(0, sim.counters().idleCloses());
            run.close();

            final SessionMetadata metadata = SessionReader.open(dir.resolve("hyperliquid/BTC/s"), (w) -> { })
                .metadata().orElseThrow();
            assertTrue(metadata.ledger().stream().filter((e) -> e.kind() == LedgerKind.RECONNECT).count() >= 2,
                metadata.ledger().toString());
        }
        finally
        {
            CloseHelper.closeAll(run, sim, log);
        }
    }

    private static TopOfBook top(final HyperliquidRun run, final int index)
    {
        final TopOfBook top = new TopOfBook();
        run.feed().readTop(index, top);
        return top;
    }
}
