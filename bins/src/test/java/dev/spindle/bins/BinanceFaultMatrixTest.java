package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.BinanceStream;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.tools.sim.binance.BinanceSimConfig;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultSpec;

/**
 * The fault matrix, end to end: each simulator fault against the live handler (100 ms depth stream) with capture.
 * After the fault the book is {@code LIVE} again within {@link #RECOVERY_MS} and equal to the simulator's, level by
 * level; the fault shows in a counter and a log line; the capture's gap ledger records it when it broke the chain or
 * the connection, and stays empty when it did not; and every frame the engine received is a line of
 * {@code diffs.jsonl} (an oversized frame is refused before that: counted, logged, not captured). Accelerated time:
 * short stall, stale, back-off, Retry-After and connection-age settings.
 * <p>
 * To add a row, add a {@link Row}. For another venue, a matrix class of its own over the same {@link Fault} values.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
final class BinanceFaultMatrixTest
{
    private static final String SYMBOL = "btcusdt";
    private static final String SOURCE = "[binance:BTCUSDT] ";
    private static final long LIVE_TIMEOUT_MS = 15_000;
    private static final long RECOVERY_MS = 15_000;
    private static final long LOG_TIMEOUT_MS = 5_000;
    private static final int MAX_FRAME_BYTES = 64 * 1024;

    /** What a fault must leave behind, besides a LIVE book equal to the venue's. */
    enum Outcome
    {
        /** Nothing reached the book: it never left LIVE, the ledger is empty. */
        STAYS_LIVE,
        /** The connection was replaced make-before-break: the book never left LIVE, the ledger has the reconnect. */
        ROLLS_OVER,
        /** The chain broke: the ledger has the gap and the resync. */
        RESYNC,
        /** The connection broke: the ledger has the reconnect. */
        RECONNECT
    }

    /** One row of the matrix: the fault as injected ({@code --fault} syntax), its counter and log line. */
    enum Row
    {
        DROP("drop", Outcome.RESYNC, Counter.GAPS, SOURCE + "gap expected="),
        DUPLICATE("duplicate", Outcome.STAYS_LIVE, Counter.DUPLICATE_FRAMES, "duplicate frame(s) the venue sent again"),
        SWAP("swap", Outcome.RESYNC, Counter.LATE_FRAMES, "frame(s) out of order, older than one before"),
        MALFORMED("malformed", Outcome.RESYNC, Counter.DECODE_ERRORS, "undecodable frame"),
        TRUNCATED("truncated", Outcome.RESYNC, Counter.DECODE_ERRORS, "undecodable frame"),
        OVERSIZED("oversized:100000", Outcome.RESYNC, Counter.OVERSIZED_FRAMES, "refused 1 oversized frame(s)"),
        STALL("stall:1500ms", Outcome.RECONNECT, Counter.STALE, SOURCE + "state LIVE -> STALE (STALE)"),
        DISCONNECT("disconnect", Outcome.RECONNECT, Counter.RECONNECTS, "[binance:ws] disconnected connection 1"),
        CLOSE("close:1008", Outcome.RECONNECT, Counter.RECONNECTS, "closed by the server: 1008"),
        SHUTDOWN("shutdown", Outcome.ROLLS_OVER, Counter.RECONNECTS, "rollover done (serverShutdown)"),
        REST_503("rest:503:1", Outcome.RESYNC, Counter.SNAPSHOT_FAILURES, "HTTP 503"),
        REST_429("rest:429:1", Outcome.RESYNC, Counter.SNAPSHOT_FAILURES,
            "HTTP 429 (rate limited), pausing every REST request for 1000 ms"),
        REST_418("rest:418:1", Outcome.RESYNC, Counter.SNAPSHOT_FAILURES,
            "HTTP 418 (IP banned), pausing every REST request for 1000 ms"),
        STALE_SNAPSHOT("stale-snapshot:150", Outcome.RESYNC, Counter.SNAPSHOTS_TOO_OLD,
            "snapshot too old, fetching another"),
        ROLLOVER(null, Outcome.ROLLS_OVER, Counter.RECONNECTS, "rollover done (connection age limit)");

        final String spec;
        final Outcome outcome;
        final Counter counter;
        final String logLine;

        Row(final String spec, final Outcome outcome, final Counter counter, final String logLine)
        {
            this.spec = spec;
            this.outcome = outcome;
            this.counter = counter;
            this.logLine = logLine;
        }

        /** A REST or snapshot fault only shows when a snapshot is fetched: a dropped frame makes the handler fetch. */
        boolean needsResync()
        {
            return spec != null && (spec.startsWith("rest") || spec.startsWith("stale-snapshot"));
        }

        /** @return true for a 429 or 418: nothing may be asked again before Retry-After. */
        boolean isRateLimit()
        {
            return this == REST_429 || this == REST_418;
        }
    }

    @ParameterizedTest
    @EnumSource(Row.class)
    void shouldRecoverToTheVenueBookAndRecordTheFault(final Row row, @TempDir final Path captureDir) throws Exception
    {
        final BinanceSimConfig.Builder sim = BinanceSimConfig.builder().synthetic(List.of(SYMBOL), 200, 7, 20)
            .shutdownGrace(Duration.ofSeconds(2));
        Consumer<BinanceLiveConfig.Builder> live = b -> b.streams(List.of(BinanceStream.DEPTH_100MS))
            .staleMs(row == Row.STALL ? 500 : 10_000)
            .restRetryMs(100, 1_000)
            .maxFrameBytes(MAX_FRAME_BYTES);
        if (row == Row.ROLLOVER)
        {
            sim.maxConnectionLifetime(Duration.ofSeconds(3));
            live = live.andThen(b -> b.maxConnectionAgeMs(1_500));
        }
        final CaptureConfig capture = CaptureConfig.builder().captureDir(captureDir).session("matrix")
            .flushMs(100).build(System.currentTimeMillis());
        final Path sessionDir;
        final long framesReceived;
        try (LiveHarness h = LiveHarness.start(sim.build(), List.of(SYMBOL), live, capture))
        {
            sessionDir = h.run.sessions().get(0).directory();
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);
            final long before = counter(h, row.counter);
            final long snapshotsBefore = counter(h, Counter.SNAPSHOTS);
            final long startNs = System.nanoTime();
            if (row.spec != null)
            {
                h.sim.inject(FaultSpec.parse(row.spec));
                if (row.needsResync())
                {
                    h.sim.inject(FaultSpec.parse("drop"));
                }
            }
            // A broken chain is only over once a later snapshot rebuilt the book: LIVE before that is the old book.
            LiveHarness.await(() -> showed(h, row, before) && h.top(SYMBOL).state() == BookState.LIVE &&
                (row.outcome != Outcome.RESYNC || counter(h, Counter.SNAPSHOTS) > snapshotsBefore), RECOVERY_MS,
                () -> row + " left no trace or did not recover: " + row.counter + "=" + counter(h, row.counter) +
                    " " + h.top(SYMBOL));
            final long recoveredMs = (System.nanoTime() - startNs) / 1_000_000L;
            h.assertBookMatchesSimulator(SYMBOL);
            h.log.awaitLine(row.logLine, LOG_TIMEOUT_MS);
            if (row.spec != null)
            {
                assertEquals(1, h.sim.injected(FaultSpec.parse(row.spec).fault()), row + " injected once");
            }
            if (row.isRateLimit())
            {
                assertTrue(recoveredMs >= 1_000, row + ": LIVE after " + recoveredMs + " ms despite Retry-After: 1");
            }
            if (row == Row.ROLLOVER)
            {
                assertEquals(0, h.sim.counters().lifetimeCloses(), "the venue had to cut a connection");
            }
            if (row.outcome == Outcome.STAYS_LIVE || row.outcome == Outcome.ROLLS_OVER)
            {
                assertStayedLive(h, row);
            }
            h.run.close();
            // The serverShutdown notice is a frame the engine received that belongs to no symbol's capture.
            framesReceived = counter(h, Counter.MESSAGES) - (row == Row.SHUTDOWN ? 1 : 0);
        }
        final SessionMetadata meta = FaultMatrixChecks.metadata(sessionDir);
        final Set<LedgerKind> expected = switch (row.outcome)
        {
            case STAYS_LIVE -> EnumSet.noneOf(LedgerKind.class);
            case ROLLS_OVER, RECONNECT -> EnumSet.of(LedgerKind.RECONNECT);
            case RESYNC -> EnumSet.of(LedgerKind.GAP, LedgerKind.RESYNC);
        };
        FaultMatrixChecks.assertLedger(row, meta, expected, row.outcome == Outcome.RECONNECT);
        assertEquals(framesReceived, meta.lines(FileKind.DIFFS), row + ": every depth frame received is captured");
    }

    private static void assertStayedLive(final LiveHarness h, final Row row)
    {
        for (final Counter counter : List.of(Counter.GAPS, Counter.RESYNCS, Counter.STALE))
        {
            assertEquals(0, h.symbolCounters(SYMBOL).get(counter), row + ": " + counter);
        }
        assertEquals(1, h.symbolCounters(SYMBOL).get(Counter.SNAPSHOTS), row + ": snapshots");
        FaultMatrixChecks.assertNeverLeftLive(row, h.log);
    }

    private static boolean showed(final LiveHarness h, final Row row, final long before)
    {
        return switch (row)
        {
            case ROLLOVER -> counter(h, row.counter) >= 2;
            default -> counter(h, row.counter) > before;
        };
    }

    private static long counter(final LiveHarness h, final Counter counter)
    {
        return switch (counter)
        {
            case RECONNECTS, DUPLICATE_FRAMES, LATE_FRAMES, OVERSIZED_FRAMES -> h.wsCounters().get(counter);
            case MESSAGES, BYTES, DECODE_ERRORS -> h.run.metrics().counters("binance").get(counter);
            case SNAPSHOT_FAILURES -> h.restCounters().get(counter);
            default -> h.symbolCounters(SYMBOL).get(counter);
        };
    }
}
