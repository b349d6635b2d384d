package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.BinanceStream;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.tools.sim.binance.BinanceSimConfig;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultSpec;

/**
 * The fault matrix, end to end: each simulator fault against the live handler with capture. After the fault the
 * book is {@code LIVE} again within {@link #RECOVERY_MS} and equal to the simulator's, level by level; the fault
 * shows in a counter and a log line; the capture's gap ledger records it when it broke the chain or the connection;
 * and every depth frame the engine received is a line of {@code diffs.jsonl}. Accelerated time: short stall,
 * backoff, grace and lifetime settings. To add a row, add a {@link Row}; for another venue, a matrix class of its own
 * over the same {@link Fault} values.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
final class BinanceFaultMatrixTest
{
    private static final String SYMBOL = "btcusdt";
    private static final long LIVE_TIMEOUT_MS = 15_000;
    private static final long RECOVERY_MS = 15_000;

    /** One row of the matrix: the fault as injected, what it must leave behind. */
    enum Row
    {
        DROP("drop", Counter.GAPS, "[binance:BTCUSDT] gap expected=", LedgerKind.GAP, LedgerKind.RESYNC),
        DUPLICATE("duplicate", null, null),
        SWAP("swap", Counter.GAPS, "[binance:BTCUSDT] gap expected=", LedgerKind.GAP, LedgerKind.RESYNC),
        MALFORMED("malformed", Counter.DECODE_ERRORS, "undecodable frame", LedgerKind.GAP, LedgerKind.RESYNC),
        TRUNCATED("truncated", Counter.DECODE_ERRORS, "undecodable frame", LedgerKind.GAP, LedgerKind.RESYNC),
        OVERSIZED("oversized:2000000", Counter.BYTES, null),
        STALL("stall:1500ms", Counter.STALE, "state LIVE -> STALE (STALE)", LedgerKind.RECONNECT),
        DISCONNECT("disconnect", Counter.RECONNECTS, "[binance:ws] disconnected connection 1", LedgerKind.RECONNECT),
        CLOSE("close:1008", Counter.RECONNECTS, "closed by the server: 1008", LedgerKind.RECONNECT),
        SHUTDOWN("shutdown", Counter.RECONNECTS, "rollover done (serverShutdown)", LedgerKind.RECONNECT),
        REST_503("rest:503:1", Counter.SNAPSHOT_FAILURES, "HTTP 503", LedgerKind.GAP, LedgerKind.RESYNC),
        REST_429("rest:429:1", Counter.SNAPSHOT_FAILURES, "HTTP 429", LedgerKind.GAP, LedgerKind.RESYNC),
        REST_418("rest:418:1", Counter.SNAPSHOT_FAILURES, "HTTP 418", LedgerKind.GAP, LedgerKind.RESYNC),
        STALE_SNAPSHOT("stale-snapshot:150", Counter.SNAPSHOTS, "SNAPSHOT_TOO_OLD", LedgerKind.GAP,
            LedgerKind.RESYNC),
        ROLLOVER(null, Counter.RECONNECTS, "rollover done (connection age limit)", LedgerKind.RECONNECT);

        final String spec;
        final Counter counter;
        final String logLine;
        final Set<LedgerKind> ledger;

        Row(final String spec, final Counter counter, final String logLine, final LedgerKind... ledger)
        {
            this.spec = spec;
            this.counter = counter;
            this.logLine = logLine;
            this.ledger = ledger.length == 0 ? EnumSet.noneOf(LedgerKind.class) : EnumSet.of(ledger[0], ledger);
        }

        /** A REST or snapshot fault only shows when a snapshot is fetched: a dropped frame makes the handler fetch. */
        boolean needsResync()
        {
            return spec != null && (spec.startsWith("rest") || spec.startsWith("stale-snapshot"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Row.class, names = {"DROP", "STALL", "DISCONNECT", "CLOSE", "REST_503", "REST_429", "REST_418",
        "ROLLOVER"})
    void shouldRecoverToTheVenueBookAndRecordTheFault(final Row row, @TempDir final Path captureDir) throws Exception
    {
        final BinanceSimConfig.Builder sim = BinanceSimConfig.builder().synthetic(List.of(SYMBOL), 200, 7, 20)
            .shutdownGrace(Duration.ofMillis(500));
        Consumer<BinanceLiveConfig.Builder> live = b -> b.streams(List.of(BinanceStream.DEPTH))
            .staleMs(row == Row.STALL ? 500 : 10_000);
        if (row == Row.ROLLOVER)
        {
            sim.maxConnectionLifetime(Duration.ofSeconds(3));
            live = live.andThen(b -> b.maxConnectionAgeMs(1_500));
        }
        final CaptureConfig capture = CaptureConfig.builder().captureDir(captureDir).session("matrix")
            .flushMs(100).build(System.currentTimeMillis());
        final Path sessionDir;
        final long depthFramesReceived;
        final long shutdownNotices;
        try (LiveHarness h = LiveHarness.start(sim.build(), List.of(SYMBOL), live, capture))
        {
            sessionDir = h.run.sessions().get(0).directory();
            h.awaitState(SYMBOL, BookState.LIVE, LIVE_TIMEOUT_MS);
            final long before = row.counter == null ? 0 : counter(h, row.counter);
            if (row.spec != null)
            {
                h.sim.inject(FaultSpec.parse(row.spec));
                if (row.needsResync())
                {
                    h.sim.inject(FaultSpec.parse("drop"));
                }
            }
            LiveHarness.await(() -> showed(h, row, before) && h.top(SYMBOL).state() == BookState.LIVE, RECOVERY_MS,
                () -> row + " left no trace or did not recover: " + h.top(SYMBOL));
            h.assertBookMatchesSimulator(SYMBOL);
            if (row.logLine != null)
            {
                h.log.awaitLine(row.logLine, 5_000);
            }
            if (row.spec != null)
            {
                final Fault fault = FaultSpec.parse(row.spec).fault();
                assertEquals(1, h.sim.injected(fault), row + " injected once");
            }
            h.run.close();
            depthFramesReceived = counter(h, Counter.MESSAGES);
            shutdownNotices = row == Row.SHUTDOWN ? 1 : 0;
        }
        final SessionMetadata meta = MetadataCodec.fromJson(
            Files.readAllBytes(sessionDir.resolve(SessionLayout.METADATA)), sessionDir.toString());
        final Set<LedgerKind> recorded = meta.ledger().stream().map(LedgerEntry::kind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LedgerKind.class)));
        assertTrue(recorded.containsAll(row.ledger), () -> row + ": ledger " + meta.ledger() + " lacks " + row.ledger);
        if (row.ledger.isEmpty())
        {
            assertTrue(recorded.isEmpty(), () -> row + " should leave the chain whole: " + meta.ledger());
        }
        assertEquals(depthFramesReceived - shutdownNotices, meta.lines(FileKind.DIFFS),
            row + ": every depth frame received is captured");
    }

    private static boolean showed(final LiveHarness h, final Row row, final long before)
    {
        return switch (row)
        {
            case DUPLICATE -> h.run.live().duplicateFrames() >= 1;
            case SWAP -> h.run.live().lateFrames() >= 1 && counter(h, row.counter) > before;
            case OVERSIZED -> counter(h, row.counter) >= before + 2_000_000;
            case STALE_SNAPSHOT -> counter(h, row.counter) >= before + 2 && counter(h, Counter.RESYNCS) >= 1;
            case ROLLOVER -> counter(h, row.counter) >= 2;
            default -> counter(h, row.counter) > before;
        };
    }

    private static long counter(final LiveHarness h, final Counter counter)
    {
        return switch (counter)
        {
            case RECONNECTS -> h.wsCounters().get(counter);
            case MESSAGES, BYTES, DECODE_ERRORS -> h.run.metrics().counters("binance").get(counter);
            case SNAPSHOT_FAILURES -> h.restCounters().get(counter);
            default -> h.symbolCounters(SYMBOL).get(counter);
        };
    }
}
