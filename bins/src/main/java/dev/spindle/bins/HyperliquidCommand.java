package dev.spindle.bins;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import dev.spindle.hyperliquid.live.HyperliquidFeed;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spindle hyperliquid}: live Hyperliquid books (l2Book snapshots turned into level diffs) and trades for any
 * number of coins on one connection and one pinned engine thread, printed as they run, optionally captured to
 * disk; a summary on exit. Runs until SIGINT/SIGTERM or {@code --duration}, then closes in reverse order and exits
 * 0.
 */
@Command(
    name = "hyperliquid",
    mixinStandardHelpOptions = true,
    versionProvider = KitVersion.class,
    sortOptions = false,
    description = {
        "Live Hyperliquid order books (l2Book snapshots -> level diffs) and trades, exact fixed-point, on one " +
            "engine thread.",
        "Prints per coin: state, book time, best bid/ask, receive->applied p50/p99; a summary on exit.",
        "Against the simulator: spindle sim hyperliquid --synthetic --coins BTC, then --ws-url from its output."})
public final class HyperliquidCommand implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = HyperliquidLiveConfig.FLAG_COINS, split = ",", splitSynopsisLabel = ",", defaultValue = "BTC",
        paramLabel = "COIN", description = "coins as Hyperliquid writes them, case-sensitive (default: " +
        "${DEFAULT-VALUE}).")
    private List<String> coins;

    @Option(names = "--mainnet", description = "connect to " + HyperliquidLiveConfig.MAINNET_WS_URL +
        " (the default).")
    private boolean mainnet;

    @Option(names = "--testnet", description = "connect to " + HyperliquidLiveConfig.TESTNET_WS_URL + ".")
    private boolean testnet;

    @Option(names = HyperliquidLiveConfig.FLAG_WS_URL, paramLabel = "URL",
        description = "connect to this WebSocket URL instead, e.g. the simulator's ws://127.0.0.1:PORT/ws.")
    private String wsUrl;

    @Option(names = HyperliquidLiveConfig.FLAG_N_SIG_FIGS, paramLabel = "2..5",
        description = "l2Book aggregation: significant figures (default: full precision).")
    private Integer nSigFigs;

    @Option(names = HyperliquidLiveConfig.FLAG_MANTISSA, paramLabel = "1|2|5",
        description = "l2Book aggregation mantissa, only with --n-sig-figs 5 (default: none).")
    private Integer mantissa;

    @Option(names = HyperliquidLiveConfig.FLAG_PING_INTERVAL, defaultValue = "50s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "send {\"method\":\"ping\"} this often; the venue closes a " +
        "connection silent for 60 s (default: ${DEFAULT-VALUE}).")
    private Duration pingInterval;

    @Option(names = HyperliquidLiveConfig.FLAG_STALE_MS, defaultValue = "10000", paramLabel = "MS",
        description = "no frame for this long: books go STALE, reconnect and resubscribe (default: " +
        "${DEFAULT-VALUE}).")
    private long staleMs;

    @Mixin
    private RunOptions run;

    @Mixin
    private CaptureOptions capture;

    @Override
    public Integer call() throws InterruptedException
    {
        final long startMs = System.currentTimeMillis();
        final HyperliquidLiveConfig live;
        final LiveRun.Settings settings;
        try
        {
            live = liveConfig();
            settings = run.toSettings(capture.toConfig(startMs));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(spec.commandLine(), ex.getMessage(), ex);
        }
        final HyperliquidRun job = HyperliquidRun.start(live, settings, null);
        final HyperliquidFeed feed = job.feed();
        final String name = live.name();
        final StatusPrinter printer = new StatusPrinter(feed, job.metrics(), name, (i) -> null,
            () -> List.of(name + ":ws: " + StatusPrinter.describe(job.metrics().counters(name + ":ws")) +
                " pings=" + job.live().pingsSent()));
        LiveLoop.run(spec.commandLine().getOut(), printer, job::close, run.duration(), settings.metricsIntervalMs());
        return 0;
    }

    private HyperliquidLiveConfig liveConfig()
    {
        final int targets = (mainnet ? 1 : 0) + (testnet ? 1 : 0) + (null == wsUrl ? 0 : 1);
        if (targets > 1)
        {
            throw new IllegalArgumentException((testnet ? "--testnet" : "--mainnet") + ": give only one of " +
                "--mainnet, --testnet, " + HyperliquidLiveConfig.FLAG_WS_URL);
        }
        final String url = null != wsUrl ? wsUrl :
            testnet ? HyperliquidLiveConfig.TESTNET_WS_URL : HyperliquidLiveConfig.MAINNET_WS_URL;
        return HyperliquidLiveConfig.builder()
            .coins(coins)
            .wsUrl(url)
            .aggregation(null == nSigFigs ? HyperliquidLiveConfig.NOT_SET : nSigFigs,
                null == mantissa ? HyperliquidLiveConfig.NOT_SET : mantissa)
            .pingIntervalMs(pingInterval.toMillis())
            .staleMs(staleMs)
            .build();
    }
}
