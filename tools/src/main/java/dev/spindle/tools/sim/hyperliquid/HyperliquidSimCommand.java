package dev.spindle.tools.sim.hyperliquid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.spindle.tools.sim.DurationConverter;
import dev.spindle.tools.sim.ListenOptions;
import dev.spindle.tools.sim.SimRun;
import dev.spindle.tools.sim.SpeedConverter;
import dev.spindle.tools.sim.fault.FaultSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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
    @Spec
    private CommandSpec spec;

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

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "DURATION",
        description = "stop after this long (default: until Ctrl-C).")
    private Duration duration;

    @Override
    public Integer call() throws InterruptedException
    {
        final HyperliquidSimConfig config = config();
        return SimRun.run("sim-hyperliquid-shutdown", spec.commandLine().getOut(), spec.commandLine().getErr(),
            () -> HyperliquidSimulator.start(config), duration, (sim, out) ->
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
            throw new ParameterException(spec.commandLine(),
                "give exactly one source: --recording FILE... or --synthetic");
        }
        final HyperliquidSimConfig.Builder builder = HyperliquidSimConfig.builder()
            .speed(speed)
            .awaitFirstSubscriber(waitForClient)
            .idleTimeout(idleTimeout)
            .replayTrades(replayTrades);
        try
        {
            builder.faults(FaultSpec.parseAll(faults));
            if (synthetic)
            {
                builder.synthetic(coins, rate, seed, levels);
            }
            else
            {
                builder.recording(recording);
            }
            return builder.build();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(spec.commandLine(), ex.getMessage(), ex);
        }
    }
}
