package dev.spindle.bins;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.spindle.binance.live.BinanceFeed;
import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.BinanceStream;
import dev.spindle.binance.verify.BookTickerCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spindle binance}: live Binance spot books for any number of symbols on one pinned engine thread, printed
 * as they run (state, update id, exact top of book, receive→applied latency), optionally captured to disk; a
 * summary on exit. Runs until SIGINT/SIGTERM or {@code --duration}, then closes in reverse order and exits 0.
 */
@Command(
    name = "binance",
    mixinStandardHelpOptions = true,
    versionProvider = KitVersion.class,
    sortOptions = false,
    description = {
        "Live Binance spot order books (combined stream + REST snapshots), exact fixed-point, on one engine thread.",
        "Prints per symbol: state, update id, best bid/ask, receive->applied p50/p99; a summary on exit.",
        "Against the simulator: spindle sim binance --synthetic, then --ws-url/--rest-url from its output."})
public final class BinanceCommand implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = BinanceLiveConfig.FLAG_SYMBOLS, split = ",", splitSynopsisLabel = ",", defaultValue = "btcusdt",
        paramLabel = "SYMBOL",
        description = "symbols (default: ${DEFAULT-VALUE}).")
    private List<String> symbols;

    @Option(names = BinanceLiveConfig.FLAG_STREAMS, split = ",", splitSynopsisLabel = ",",
        defaultValue = "depth@100ms,trade,bookTicker", paramLabel = "STREAM",
        description = "streams per symbol: depth@100ms|depth, trade, bookTicker (default: ${DEFAULT-VALUE}).")
    private List<String> streams;

    @Option(names = BinanceLiveConfig.FLAG_WS_URL, defaultValue = BinanceLiveConfig.DEFAULT_WS_URL, paramLabel = "URL",
        description = "WebSocket base URL (default: ${DEFAULT-VALUE}).")
    private String wsUrl;

    @Option(names = BinanceLiveConfig.FLAG_REST_URL, defaultValue = BinanceLiveConfig.DEFAULT_REST_URL,
        paramLabel = "URL", description = "REST base URL (default: ${DEFAULT-VALUE}).")
    private String restUrl;

    @Option(names = BinanceLiveConfig.FLAG_STALE_MS, defaultValue = "10000", paramLabel = "MS",
        description = "no frame for this long: books go STALE, reconnect and resync (default: ${DEFAULT-VALUE}).")
    private long staleMs;

    @Option(names = BinanceLiveConfig.FLAG_DEPTH_LIMIT, defaultValue = "1000", paramLabel = "N",
        description = "REST snapshot depth, 1..5000 (default: ${DEFAULT-VALUE}).")
    private int depthLimit;

    @Option(names = BinanceLiveConfig.FLAG_MAX_CONNECTION_AGE, defaultValue = "23h50m",
        converter = DurationConverter.class, paramLabel = "DURATION",
        description = "replace the connection (make-before-break) at this age (default: ${DEFAULT-VALUE}).")
    private Duration maxConnectionAge;

    @Mixin
    private RunOptions run;

    @Mixin
    private CaptureOptions capture;

    @Override
    public Integer call() throws InterruptedException
    {
        final BinanceRun.Settings settings = settings(System.currentTimeMillis());
        final BinanceRun job = BinanceRun.start(settings, null);
        final BinanceFeed feed = job.feed();
        final String name = settings.live().name();
        final StatusPrinter printer = new StatusPrinter(feed, job.metrics(), name,
            (i) -> tickerSummary(feed.tickerCheck(i)),
            () -> List.of(
                name + ":ws: " + StatusPrinter.describe(job.metrics().counters(name + ":ws")),
                name + ":rest: " + StatusPrinter.describe(job.metrics().counters(name + ":rest")) + " requests=" +
                    job.live().restRequests()));
        LiveLoop.run(spec.commandLine().getOut(), printer, job::close, run.duration(),
            settings.metricsIntervalMs());
        return 0;
    }

    private static String tickerSummary(final BookTickerCheck check)
    {
        return null == check ? null : "bookTicker check: checkpoints=" + check.checkpoints() + " matches=" +
            check.matches() + " mismatches=" + check.mismatches() + " ticker_jumps=" + check.tickerJumps() +
            " unverifiable=" + check.unverifiable();
    }

    private BinanceRun.Settings settings(final long startMs)
    {
        try
        {
            final List<BinanceStream> chosen = new ArrayList<>();
            for (final String stream : streams)
            {
                RunOptions.check(BinanceLiveConfig.FLAG_STREAMS,
                    () -> chosen.add(BinanceStream.byWireName(stream.trim())));
            }
            final BinanceLiveConfig live = BinanceLiveConfig.builder()
                .symbols(symbols)
                .streams(chosen)
                .wsUrl(wsUrl)
                .restUrl(restUrl)
                .depthLimit(depthLimit)
                .staleMs(staleMs)
                .maxConnectionAgeMs(maxConnectionAge.toMillis())
                .build();
            final LiveRun.Settings common = run.toSettings(capture.toConfig(startMs));
            return new BinanceRun.Settings(live, common.cpu(), common.idle(), common.logFormat(), common.logFile(),
                common.metricsIntervalMs(), common.hlogFile(), common.capture());
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(spec.commandLine(), ex.getMessage(), ex);
        }
    }
}
