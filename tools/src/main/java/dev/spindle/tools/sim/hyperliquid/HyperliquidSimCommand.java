package dev.spindle.tools.sim.hyperliquid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * {@code spindle sim hyperliquid}: starts a {@link HyperliquidSimulator}, prints its URLs and runs until Ctrl-C
 * or {@code --duration}, then prints the counters.
 */
@Command(
    name = "hyperliquid",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Hyperliquid venue simulator: WebSocket /ws (l2Book, trades, ping), REST POST /info (l2Book).",
        "Source: --recording FILE... (Hyperliquid archive lines or hftbacktest captures) | --synthetic [--coins a,b]."})
public final class HyperliquidSimCommand implements Callable<Integer>
{
    @Option(names = "--recording", arity = "1..*", paramLabel = "FILE",
        description = "archive (.jsonl[.gz]) or hftbacktest (.gz) files, merged by receive time.")
    private List<Path> recording = new ArrayList<>();

    @Option(names = "--synthetic", description = "serve random-walk books instead of a recording.")
    private boolean synthetic;

    @Option(names = "--coins", split = ",", defaultValue = "BTC,ETH", paramLabel = "COIN[,COIN...]",
        description = "synthetic coins, case-sensitive (default: ${DEFAULT-VALUE}).")
    private List<String> coins;

    @Option(names = "--rate", defaultValue = "2", paramLabel = "BOOKS_PER_S",
        description = "synthetic book pushes per second per coin (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--seed", defaultValue = "1", description = "synthetic random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--levels", defaultValue = "20",
        description = "synthetic levels per side (default: ${DEFAULT-VALUE}).")
    private int levels;

    @Option(names = "--speed", defaultValue = "1", converter = SpeedConverter.class, paramLabel = "X|max",
        description = "source-time speed factor, or max (default: ${DEFAULT-VALUE}).")
    private double speed;

    @Option(names = "--wait-for-client", description = "hold the source until a client has subscribed.")
    private boolean waitForClient;

    @Mixin
    private ListenOptions listen;

    @Option(names = "--idle-timeout", defaultValue = "60s", converter = DurationConverter.class,
        paramLabel = "DURATION", description = "close a connection whose client is silent this long " +
        "(default: ${DEFAULT-VALUE}).")
    private Duration idleTimeout;

    @Option(names = "--replay-trades", defaultValue = "30",
        description = "recent trades replayed on a trades subscribe (default: ${DEFAULT-VALUE}).")
    private int replayTrades;

    @Option(names = "--fault", paramLabel = "SPEC[,SPEC...]", description = FaultSpec.FLAG_HELP +
        " Not shutdown or stale-snapshot.")
    private List<String> faults = new ArrayList<>();

    @Mixin
    private SimRunOptions run;

    @Override
    public Integer call() throws InterruptedException
    {
        final HyperliquidSimConfig config = config();
        return run.run("sim-hyperliquid-shutdown", () -> HyperliquidSimulator.start(config), (sim, out) ->
            {
                final String first = sim.coins().iterator().next();
                out.println("hyperliquid simulator: ws " + sim.wsUrl() + "  rest " + sim.infoUrl());
                out.println("source: " + sim.describeSource() + ", speed " +
                    (Double.isInfinite(speed) ? "max" : speed));
                out.println("try: {\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"" +
                    first + "\"}}");
                out.println("     curl -s -X POST " + sim.infoUrl() + " -d '{\"type\":\"l2Book\",\"coin\":\"" +
                    first + "\"}'");
            }, (sim, out) -> out.println("stopped: " + sim.counters()));
    }

    private HyperliquidSimConfig config()
    {
        if (recording.isEmpty() == !synthetic)
        {
            throw run.usageError("give exactly one source: --recording FILE... or --synthetic");
        }
        final HyperliquidSimConfig.Builder builder = HyperliquidSimConfig.builder()
            .speed(speed)
            .awaitFirstSubscriber(waitForClient)
            .idleTimeout(idleTimeout)
            .replayTrades(replayTrades);
        return run.config(() ->
        {
            builder.faults(FaultSpec.parseAll(faults));
            return synthetic ? builder.synthetic(coins, rate, seed, levels).build() :
                builder.recording(recording).build();
        });
    }
}
