package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agrona.CloseHelper;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;
import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.Level;

/**
 * The fault matrix, end to end, on Hyperliquid: each fault the simulator has for it against the live handler with
 * capture. An {@code l2Book} frame is a whole book, so a frame fault breaks no chain: the next book replaces the
 * book, which never leaves {@code LIVE}; a connection fault costs a reconnect and a fresh book. After the fault the
 * book is {@code LIVE} within {@link #RECOVERY_MS} and equal to the simulator's, level by level; the fault shows
 * in a counter and a log line (a dropped book cannot: the client never sees it, so that row checks only that the
 * book is right); the capture's ledger holds a {@code RECONNECT} for a connection fault and nothing for a frame
 * fault; and {@code l2book.jsonl} holds every l2Book frame the engine received (an oversized frame is refused
 * before that: counted, logged, not captured). Accelerated time: short stall, stale, back-off and idle settings.
 * <p>
 * The {@code rest} fault has no row: the live handler never calls {@code POST /info} (every book comes on the
 * WebSocket), so it is proved on the wire only, by {@code HyperliquidSimFaultTest}.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
final class HyperliquidFaultMatrixTest
{
    private static final String COIN = "BTC";
    private static final String SOURCE = "[hyperliquid:BTC] ";
    private static final long LIVE_TIMEOUT_MS = 10_000;
    private static final long RECOVERY_MS = 10_000;
    private static final long LOG_TIMEOUT_MS = 5_000;
    private static final long COPY_TIMEOUT_MS = 5_000;
    private static final int MAX_FRAME_BYTES = 64 * 1024;
    private static final long IDLE_TIMEOUT_MS = 1_000;

    /** What a fault must leave behind, besides a LIVE book equal to the venue's. */
    enum Outcome
    {
        /** The next book replaced the bad one: the book never left LIVE, no reconnect, the ledger is empty. */
        STAYS_LIVE,
        /** The connection was replaced: the book went back to LIVE on the new subscription, the ledger has it. */
        RECONNECT
    }

    /** Where a counter lives: the engine's set, the connection thread's set or the coin's. */
    enum Scope
    {
        ENGINE("hyperliquid"),
        WS("hyperliquid:ws"),
        COIN("hyperliquid:" + HyperliquidFaultMatrixTest.COIN);

        final String name;

        Scope(final String name)
        {
            this.name = name;
        }
    }

    /** One row: the fault as injected ({@code --fault} syntax, null for a simulator setting), counter, log line. */
    enum Row
    {
        DROP("drop", Outcome.STAYS_LIVE, null, null, null),
        DUPLICATE("duplicate", Outcome.STAYS_LIVE, Scope.COIN, Counter.DIFFS_IGNORED,
            SOURCE + "info ignored l2Book time "),
        SWAP("swap", Outcome.STAYS_LIVE, Scope.COIN, Counter.DIFFS_IGNORED, SOURCE + "info ignored l2Book time "),
        MALFORMED("malformed", Outcome.STAYS_LIVE, Scope.ENGINE, Counter.DECODE_ERRORS,
            "[hyperliquid] error undecodable frame"),
        TRUNCATED("truncated", Outcome.STAYS_LIVE, Scope.ENGINE, Counter.DECODE_ERRORS,
            "[hyperliquid] error undecodable frame"),
        OVERSIZED("oversized:100000", Outcome.STAYS_LIVE, Scope.WS, Counter.OVERSIZED_FRAMES,
            "refused 1 oversized frame(s), largest 100000 bytes, limit " + MAX_FRAME_BYTES),
        STALL("stall:1500ms", Outcome.RECONNECT, Scope.COIN, Counter.STALE, SOURCE + "state LIVE -> STALE"),
        DISCONNECT("disconnect", Outcome.RECONNECT, Scope.WS, Counter.RECONNECTS,
            "[hyperliquid:ws] disconnected connection 1"),
        CLOSE("close:1008", Outcome.RECONNECT, Scope.WS, Counter.RECONNECTS, "closed by the server: 1008"),
        IDLE_CLOSE(null, Outcome.RECONNECT, Scope.WS, Counter.RECONNECTS,
            "closed by the server: 1000 no message from the client");

        final String spec;
        final Outcome outcome;
        final Scope scope;
        final Counter counter;
        final String logLine;

        Row(final String spec, final Outcome outcome, final Scope scope, final Counter counter, final String logLine)
        {
            this.spec = spec;
            this.outcome = outcome;
            this.scope = scope;
            this.counter = counter;
            this.logLine = logLine;
        }
    }

    @ParameterizedTest
    @EnumSource(Row.class)
    void shouldRecoverToTheVenueBookAndRecordTheFault(final Row row, @TempDir final Path captureDir)
        throws Exception
    {
        final HyperliquidSimConfig.Builder simConfig = HyperliquidSimConfig.builder()
            .synthetic(List.of(COIN), 10, 7, 20).warnings((w) -> { });
        final HyperliquidLiveConfig.Builder live = HyperliquidLiveConfig.builder().coins(List.of(COIN))
            .staleMs(row == Row.STALL ? 500 : 10_000).reconnectBackoffMs(50, 500).maxFrameBytes(MAX_FRAME_BYTES);
        if (row == Row.IDLE_CLOSE)
        {
            // A client that pings less often than the venue's idle limit (60 s / 50 s live, 1 s / 5 s here).
            simConfig.idleTimeout(Duration.ofMillis(IDLE_TIMEOUT_MS));
            live.pingIntervalMs(5 * IDLE_TIMEOUT_MS);
        }
        final CaptureConfig capture = CaptureConfig.builder().captureDir(captureDir).session("matrix")
            .flushMs(100).build(System.currentTimeMillis());
        final HyperliquidSimulator sim = HyperliquidSimulator.start(simConfig.build());
        final LogCapture log = LogCapture.start();
        HyperliquidRun run = null;
        try
        {
            run = HyperliquidRun.start(live.wsUrl(sim.wsUrl()).build(), new LiveRun.Settings(CpuAffinity.NO_CPU,
                "backoff", LogFormat.TEXT, null, 1_000, null, capture), log.log());
            final HyperliquidRun job = run;
            final Path sessionDir = run.sessions().get(0).directory();
            LiveHarness.await(() -> top(job).state() == BookState.LIVE, LIVE_TIMEOUT_MS,
                () -> "not LIVE: " + top(job));
            final Counters coin = counters(job, Scope.COIN);
            // Past the subscription: a book the venue sends on subscribe and again as its next push is not the fault.
            LiveHarness.await(() -> coin.get(Counter.DIFFS_APPLIED) + coin.get(Counter.IDENTICAL_SNAPSHOTS) >= 3,
                LIVE_TIMEOUT_MS, () -> "no books after the first: " + top(job));
            final long before = null == row.counter ? 0 : counters(job, row.scope).get(row.counter);
            final long booksBefore = coin.get(Counter.DIFFS_APPLIED) + coin.get(Counter.IDENTICAL_SNAPSHOTS);
            final long snapshotsBefore = coin.get(Counter.SNAPSHOTS);
            if (null != row.spec)
            {
                sim.inject(FaultSpec.parse(row.spec));
            }
            // A connection fault is only over once the new subscription's book replaced the old one.
            LiveHarness.await(() -> showed(job, sim, row, before, booksBefore) &&
                top(job).state() == BookState.LIVE &&
                (row.outcome != Outcome.RECONNECT || coin.get(Counter.SNAPSHOTS) > snapshotsBefore), RECOVERY_MS,
                () -> row + " left no trace or did not recover: " + row.counter + "=" +
                    (null == row.counter ? "" : counters(job, row.scope).get(row.counter)) + " " + top(job));
            assertBookMatchesSimulator(job, sim);
            if (null != row.logLine)
            {
                log.awaitLine(row.logLine, LOG_TIMEOUT_MS);
            }
            if (null != row.spec)
            {
                assertEquals(1, sim.injected(FaultSpec.parse(row.spec).fault()), row + " injected once");
            }
            if (row == Row.IDLE_CLOSE)
            {
                assertTrue(sim.counters().idleCloses() >= 1, "the venue closed the silent client");
            }
            if (row.outcome == Outcome.STAYS_LIVE)
            {
                assertStayedLive(job, log, row);
                if (null != row.counter)
                {
                    assertEquals(before + 1, counters(job, row.scope).get(row.counter), row + ": one frame, once");
                }
            }
            run.close();
            final SessionMetadata meta = FaultMatrixChecks.metadata(sessionDir);
            FaultMatrixChecks.assertLedger(row, meta, row.outcome == Outcome.STAYS_LIVE ?
                EnumSet.noneOf(LedgerKind.class) : EnumSet.of(LedgerKind.RECONNECT), row.outcome == Outcome.RECONNECT);
            // Every l2Book the engine received was applied, found identical, ignored as not newer, or undecodable.
            final long booksReceived = coin.get(Counter.DIFFS_APPLIED) + coin.get(Counter.IDENTICAL_SNAPSHOTS) +
                coin.get(Counter.DIFFS_IGNORED) + counters(job, Scope.ENGINE).get(Counter.DECODE_ERRORS);
            assertEquals(booksReceived, meta.lines(FileKind.L2BOOK), row + ": every l2Book frame received is captured");
        }
        finally
        {
            CloseHelper.closeAll(run, sim, log);
        }
    }

    private static void assertStayedLive(final HyperliquidRun run, final LogCapture log, final Row row)
    {
        assertEquals(0, counters(run, Scope.WS).get(Counter.RECONNECTS), row + ": reconnects");
        for (final Counter counter : List.of(Counter.RESYNCS, Counter.STALE))
        {
            assertEquals(0, counters(run, Scope.COIN).get(counter), row + ": " + counter);
        }
        assertEquals(1, counters(run, Scope.COIN).get(Counter.SNAPSHOTS), row + ": books loaded afresh");
        FaultMatrixChecks.assertNeverLeftLive(row, log);
    }

    /**
     * The simulator keeps publishing, so compare only when the client's book has the time of the venue's last book
     * and no newer one was published while the book was copied; retry until then.
     */
    private static void assertBookMatchesSimulator(final HyperliquidRun run, final HyperliquidSimulator sim)
        throws InterruptedException
    {
        final BookCopy copy = new BookCopy(LiveHarness.COPY_CAPACITY);
        final long deadlineNs = System.nanoTime() + COPY_TIMEOUT_MS * 1_000_000L;
        BookView venue;
        do
        {
            final BookView first = sim.book(COIN);
            assertTrue(run.feed().copyBook(COIN, copy, COPY_TIMEOUT_MS), "engine did not copy the book");
            venue = sim.book(COIN);
            if (copy.state() == BookState.LIVE && venue.timeMs() == first.timeMs() &&
                copy.lastUpdateId() == venue.timeMs())
            {
                break;
            }
            Thread.sleep(5);
        }
        while (System.nanoTime() - deadlineNs < 0);
        assertEquals(BookState.LIVE, copy.state(), "state of " + copy);
        assertEquals(venue.timeMs(), copy.lastUpdateId(), "book time");
        assertSameSide(venue.bids(), copy, Side.BID);
        assertSameSide(venue.asks(), copy, Side.ASK);
    }

    private static void assertSameSide(final List<Level> expected, final BookCopy actual, final Side side)
    {
        assertTrue(expected.size() > 0, side + " side of the simulator book is empty");
        assertEquals(expected.size(), actual.depth(side), side + " depth at time " + actual.lastUpdateId());
        for (int i = 0; i < expected.size(); i++)
        {
            final int at = i;
            assertEquals(expected.get(i).px(), actual.priceText(side, i), () -> side + " price of level " + at);
            assertEquals(expected.get(i).sz(), actual.qtyText(side, i), () -> side + " size of level " + at);
        }
    }

    /** A dropped book leaves no trace the client could see: it has shown once two newer books were applied. */
    private static boolean showed(
        final HyperliquidRun run, final HyperliquidSimulator sim, final Row row, final long before,
        final long booksBefore)
    {
        if (null == row.counter)
        {
            final Counters coin = counters(run, Scope.COIN);
            return sim.injected(Fault.DROP) == 1 &&
                coin.get(Counter.DIFFS_APPLIED) + coin.get(Counter.IDENTICAL_SNAPSHOTS) >= booksBefore + 2;
        }
        return counters(run, row.scope).get(row.counter) > before;
    }

    private static Counters counters(final HyperliquidRun run, final Scope scope)
    {
        return run.metrics().counters(scope.name);
    }

    private static TopOfBook top(final HyperliquidRun run)
    {
        final TopOfBook top = new TopOfBook();
        run.feed().readTop(0, top);
        return top;
    }
}
