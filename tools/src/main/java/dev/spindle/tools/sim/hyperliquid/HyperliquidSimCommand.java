package dev.spindle.tools.sim.hyperliquid;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.spindle.capture.format.RecordingException;
import dev.spindle.tools.sim.DurationConverter;
import dev.spindle.tools.sim.SpeedConverter;
import dev.spindle.tools.sim.fault.FaultSpec;
import picocli.CommandLine.Command;
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

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "bind host (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--ws-port", defaultValue = "0", description = "WebSocket port, 0 = any free (default).")
    private int wsPort;

    @Option(names = "--rest-port", defaultValue = "0", description = "REST port, 0 = any free (default).")
    private int restPort;

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
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final CountDownLatch stop = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);
        final Thread hook = new Thread(() ->
        {
            stop.countDown();
            try
            {
                closed.await(5, TimeUnit.SECONDS);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }, "sim-hyperliquid-shutdown");
        final HyperliquidSimulator sim;
        try
        {
            sim = HyperliquidSimulator.start(config);
        }
        catch (final RecordingException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex)
        {
            err.println("error: " + ex.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        try (sim)
        {
            final String first = sim.coins().iterator().next();
            out.println("hyperliquid simulator: ws " + sim.wsUrl() + "  rest " + sim.infoUrl());
            out.println("source: " + sim.describeSource() + ", speed " + (Double.isInfinite(speed) ? "max" : speed));
            out.println("try: {\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"" + first +
                "\"}}");
            out.println("     curl -s -X POST " + sim.infoUrl() + " -d '{\"type\":\"l2Book\",\"coin\":\"" + first +
                "\"}'");
            out.flush();
            if (duration == null)
            {
                stop.await();
            }
            else
            {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        finally
        {
            closed.countDown();
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // Ctrl-C: the JVM is already running the hook, which is waiting for this close to finish.
            }
        }
        out.println("stopped: " + sim.counters());
        out.flush();
        return 0;
    }

    private HyperliquidSimConfig config()
    {
        if (recording.isEmpty() == !synthetic)
        {
            throw new ParameterException(spec.commandLine(),
                "give exactly one source: --recording FILE... or --synthetic");
        }
        final HyperliquidSimConfig.Builder builder = HyperliquidSimConfig.builder()
            .host(host)
            .wsPort(wsPort)
            .restPort(restPort)
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
