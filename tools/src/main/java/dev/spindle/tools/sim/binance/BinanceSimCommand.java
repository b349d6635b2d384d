package dev.spindle.tools.sim.binance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.spindle.tools.sim.DurationConverter;
import dev.spindle.tools.sim.ListenOptions;
import dev.spindle.tools.sim.SimRunOptions;
import dev.spindle.tools.sim.SpeedConverter;
import dev.spindle.tools.sim.fault.FaultSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spindle sim binance}: starts a {@link BinanceSimulator}, prints its URLs and runs until Ctrl-C or
 * {@code --duration}, then prints the counters.
 */
@Command(
    name = "binance",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Binance spot venue simulator: /ws/<stream>, /stream?streams=..., REST /api/v3/depth.",
        "Source: --recording FILE... | --cryptofeed DIR [--exchange BINANCE] | --synthetic [--symbols a,b]."})
public final class BinanceSimCommand implements Callable<Integer>
{
    @Option(names = "--recording", arity = "1..*", paramLabel = "FILE",
        description = "hftbacktest capture(s), read in order as one recording (e.g. two days of one symbol).")
    private List<Path> recording = new ArrayList<>();

    @Option(names = "--cryptofeed", paramLabel = "DIR", description = "cryptofeed raw-data recording folder.")
    private Path cryptofeed;

    @Option(names = "--exchange", defaultValue = "BINANCE",
        description = "cryptofeed file prefix (default: ${DEFAULT-VALUE}).")
    private String exchange;

    @Option(names = "--synthetic", description = "serve random-walk books instead of a recording.")
    private boolean synthetic;

    @Option(names = "--symbols", split = ",", defaultValue = "btcusdt,ethusdt", paramLabel = "SYM[,SYM...]",
        description = "synthetic symbols (default: ${DEFAULT-VALUE}).")
    private List<String> symbols;

    @Option(names = "--rate", defaultValue = "100", paramLabel = "FRAMES_PER_S",
        description = "synthetic frames per second per symbol (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--seed", defaultValue = "1", description = "synthetic random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--levels", defaultValue = "50",
        description = "synthetic levels per side (default: ${DEFAULT-VALUE}).")
    private int levels;

    @Option(names = "--speed", defaultValue = "1", converter = SpeedConverter.class, paramLabel = "X|max",
        description = "recording speed factor, or max (default: ${DEFAULT-VALUE}).")
    private double speed;

    @Option(names = "--wait-for-client",
        description = "hold the source until a client has subscribed to a stream.")
    private boolean waitForClient;

    @Mixin
    private ListenOptions listen;

    @Option(names = "--ping-interval", defaultValue = "20s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "ping frame period, 0 = off (default: ${DEFAULT-VALUE}).")
    private Duration pingInterval;

    @Option(names = "--pong-timeout", defaultValue = "60s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "close when a ping is unanswered this long (default: ${DEFAULT-VALUE}).")
    private Duration pongTimeout;

    @Option(names = "--max-lifetime", defaultValue = "24h", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "maximum connection lifetime (default: ${DEFAULT-VALUE}).")
    private Duration maxLifetime;

    @Option(names = "--shutdown-grace", defaultValue = "5s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "serverShutdown to close delay (default: ${DEFAULT-VALUE}).")
    private Duration shutdownGrace;

    @Option(names = "--weight-limit", defaultValue = "6000",
        description = "REST request weight per minute before 429 (default: ${DEFAULT-VALUE}).")
    private int weightLimit;

    @Option(names = "--fault", paramLabel = "SPEC[,SPEC...]", description = FaultSpec.FLAG_HELP)
    private List<String> faults = new ArrayList<>();

    @Mixin
    private SimRunOptions run;

    @Override
    public Integer call() throws InterruptedException
    {
        final BinanceSimConfig config = config();
        return run.run("sim-binance-shutdown", () -> BinanceSimulator.start(config), (sim, out) ->
            {
                final String first = sim.symbols().isEmpty() ? "ethusdt" :
                    sim.symbols().iterator().next().toLowerCase(Locale.ROOT);
                out.println("binance simulator: ws " + sim.wsUrl() + "  rest " + sim.restUrl());
                out.println("source: " + sim.describeSource() +
                    (synthetic ? "" : ", speed " + (Double.isInfinite(speed) ? "max" : speed)));
                out.println("try: " + sim.wsUrl() + "/stream?streams=" + first + "@depth@100ms/" + first +
                    "@bookTicker");
                out.println("     " + sim.restUrl() + "/api/v3/depth?symbol=" + first.toUpperCase(Locale.ROOT) +
                    "&limit=1000");
            }, (sim, out) ->
            {
                out.println("stopped: " + sim.counters());
                sim.counters().framesByStream().forEach((stream, frames) ->
                    out.println("  " + stream + " " + frames));
            });
    }

    private BinanceSimConfig config()
    {
        final int sources = (recording.isEmpty() ? 0 : 1) + (cryptofeed == null ? 0 : 1) + (synthetic ? 1 : 0);
        if (sources != 1)
        {
            throw run.usageError(
                "give exactly one source: --recording FILE..., --cryptofeed DIR or --synthetic");
        }
        final BinanceSimConfig.Builder builder = BinanceSimConfig.builder()
            .speed(speed)
            .awaitFirstSubscriber(waitForClient)
            .pingInterval(pingInterval)
            .pongTimeout(pongTimeout)
            .maxConnectionLifetime(maxLifetime)
            .shutdownGrace(shutdownGrace)
            .restWeightLimit(weightLimit);
        return run.config(() ->
        {
            builder.faults(FaultSpec.parseAll(faults));
            if (!recording.isEmpty())
            {
                builder.recording(recording);
            }
            else if (cryptofeed != null)
            {
                builder.cryptofeed(cryptofeed, exchange);
            }
            else
            {
                builder.synthetic(symbols, rate, seed, levels);
            }
            return builder.build();
        });
    }
}
