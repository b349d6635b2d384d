package dev.spindle.bins;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.BinanceStream;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.IdleStrategies;
import dev.spindle.engine.ShutdownSignals;
import dev.spindle.engine.log.LogFormat;
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
    /** Longest {@code --duration}: far beyond any run, and well inside what a nanosecond deadline can hold. */
    private static final Duration MAX_DURATION = Duration.ofHours(100_000);

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

    @Option(names = "--core", paramLabel = "CPU", description = "pin the engine thread to this CPU (default: none).")
    private Integer core;

    @Option(names = "--idle", defaultValue = "backoff", paramLabel = "spin|yield|backoff|sleep",
        description = "engine idle strategy; spin only on an isolated core (default: ${DEFAULT-VALUE}).")
    private String idle;

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "DURATION",
        description = "stop after this long, e.g. 60s, 1h30m (default: until Ctrl-C).")
    private Duration duration;

    @Option(names = BinanceLiveConfig.FLAG_WS_URL, defaultValue = BinanceLiveConfig.DEFAULT_WS_URL, paramLabel = "URL",
        description = "WebSocket base URL (default: ${DEFAULT-VALUE}).")
    private String wsUrl;

    @Option(names = BinanceLiveConfig.FLAG_REST_URL, defaultValue = BinanceLiveConfig.DEFAULT_REST_URL,
        paramLabel = "URL", description = "REST base URL (default: ${DEFAULT-VALUE}).")
    private String restUrl;

    @Option(names = "--log", defaultValue = "text", paramLabel = "text|json",
        description = "log format (default: ${DEFAULT-VALUE}).")
    private String logFormat;

    @Option(names = "--log-file", paramLabel = "FILE", description = "append the log here (default: stderr).")
    private Path logFile;

    @Option(names = "--metrics-interval", defaultValue = "5s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "status lines and metrics report period (default: ${DEFAULT-VALUE}).")
    private Duration metricsInterval;

    @Option(names = "--hlog", paramLabel = "FILE", description = "write HdrHistogram interval logs here.")
    private Path hlog;

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
    private CaptureOptions capture;

    @Override
    public Integer call() throws InterruptedException
    {
        final long startMs = System.currentTimeMillis();
        final BinanceRun.Settings settings = settings(startMs);
        final PrintWriter out = spec.commandLine().getOut();
        final BinanceRun run = BinanceRun.start(settings, null);
        final StatusPrinter printer = new StatusPrinter(run, settings.live().name());
        final long intervalMs = settings.metricsIntervalMs();
        final long startNs = System.nanoTime();
        final long durationNs = null == duration ? Long.MAX_VALUE : duration.toNanos();
        try (ShutdownSignals signals = ShutdownSignals.install(run::close))
        {
            while (true)
            {
                final long leftNs = durationNs - (System.nanoTime() - startNs);
                if (leftNs <= 0 || signals.await(Math.max(1, Math.min(intervalMs, leftNs / 1_000_000L))))
                {
                    break;
                }
                printer.printStatus(out);
            }
        }
        printer.printSummary(out, (System.nanoTime() - startNs) / 1_000_000L);
        return 0;
    }

    private BinanceRun.Settings settings(final long startMs)
    {
        try
        {
            final List<BinanceStream> chosen = new ArrayList<>();
            for (final String stream : streams)
            {
                check(BinanceLiveConfig.FLAG_STREAMS, () -> chosen.add(BinanceStream.byWireName(stream.trim())));
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
            if (null != core && core < 0)
            {
                // -1 is the internal "no pinning"; leave --core out for that.
                throw new IllegalArgumentException("--core: a CPU number is 0 or more, got " + core);
            }
            final int cpu = null == core ? CpuAffinity.NO_CPU : core;
            check("--core", () -> CpuAffinity.validate(cpu));
            check("--idle", () -> IdleStrategies.byName(idle));
            final LogFormat[] format = new LogFormat[1];
            check("--log", () -> format[0] = LogFormat.byName(logFormat));
            if (null != duration && (duration.isZero() || duration.compareTo(MAX_DURATION) > 0))
            {
                throw new IllegalArgumentException("--duration: must be positive and at most " +
                    MAX_DURATION.toHours() + "h, got " + duration);
            }
            if (metricsInterval.isZero() || metricsInterval.isNegative())
            {
                throw new IllegalArgumentException("--metrics-interval: must be positive, got " + metricsInterval);
            }
            final CaptureConfig captureConfig = capture.toConfig(startMs);
            return new BinanceRun.Settings(live, cpu, idle, format[0], logFile, metricsInterval.toMillis(), hlog,
                captureConfig);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(spec.commandLine(), ex.getMessage(), ex);
        }
    }

    private static void check(final String flag, final Runnable validation)
    {
        try
        {
            validation.run();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(flag + ": " + ex.getMessage(), ex);
        }
    }
}
