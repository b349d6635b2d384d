package dev.spindle.bins;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.replay.cli.ReplayCommand;
import dev.spindle.tools.sim.binance.BinanceSimConfig;
import dev.spindle.tools.sim.binance.BinanceSimulator;
import dev.spindle.tools.sim.binance.book.BookView;
import dev.spindle.tools.sim.binance.book.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spindle demo}: the whole kit on one machine with no network. Starts the Binance simulator on loopback
 * with a synthetic market, runs {@code spindle binance} against it with capture, replays each captured session
 * with L3 inference and verification, and checks the replayed book against the simulator's own book.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Simulator + live Binance handler with capture + replay with L3 inference and verification, " +
        "all on 127.0.0.1.")
public final class DemoCommand implements Callable<Integer>
{
    private static final DateTimeFormatter SESSION_TIME =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", defaultValue = "spindle-demo", paramLabel = "DIR",
        description = "where captures, L3 events and final books go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--duration", defaultValue = "20s", converter = DurationConverter.class, paramLabel = "DURATION",
        description = "how long the live handler runs (default: ${DEFAULT-VALUE}).")
    private Duration duration;

    @Option(names = "--symbols", split = ",", defaultValue = "btcusdt,ethusdt", paramLabel = "SYM",
        description = "synthetic symbols (default: ${DEFAULT-VALUE}).")
    private List<String> symbols;

    @Option(names = "--rate", defaultValue = "100", paramLabel = "FRAMES_PER_S",
        description = "depth frames per second per symbol (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Override
    public Integer call() throws IOException
    {
        final PrintWriter say = spec.commandLine().getOut();
        final String session = "demo-" + SESSION_TIME.format(Instant.now());
        final Path captures = out.resolve("captures").toAbsolutePath();
        Files.createDirectories(captures);

        final BinanceSimConfig config = BinanceSimConfig.builder()
            .synthetic(symbols, rate, 42, 200)
            .awaitFirstSubscriber(true)
            .build();
        try (BinanceSimulator sim = BinanceSimulator.start(config))
        {
            say.printf("== 1/3 simulator: synthetic %s at %.0f frames/s each, ws %s, rest %s%n",
                String.join(",", symbols), rate, sim.wsUrl(), sim.restUrl());
            say.printf("== 2/3 spindle binance for %ds with capture to %s%n", duration.toSeconds(), captures);
            say.flush();
            final int live = new CommandLine(new BinanceCommand()).execute(
                "--symbols", String.join(",", symbols),
                "--streams", "depth@100ms,trade,bookTicker",
                "--ws-url", sim.wsUrl(),
                "--rest-url", sim.restUrl(),
                "--duration", duration.toMillis() + "ms",
                "--metrics-interval", "5s",
                "--capture-dir", captures.toString(),
                "--capture-session", session,
                "--checkpoint-interval", "5s");
            if (live != 0)
            {
                say.println("demo: spindle binance exited with " + live);
                return live;
            }

            say.println("== 3/3 replay of each session: front L3 model (the default), --verify against checkpoints and bookTicker");
            say.flush();
            final List<String> failures = new ArrayList<>();
            for (final String symbol : symbols)
            {
                final String upper = symbol.toUpperCase(Locale.ROOT);
                final Path sessionDir = captures.resolve("binance").resolve(upper).resolve(session);
                final Path events = out.resolve("l3-" + symbol + ".jsonl").toAbsolutePath();
                final Path finalBook = out.resolve("final-book-" + symbol + ".json").toAbsolutePath();
                final int replay = new CommandLine(new ReplayCommand()).execute(
                    "--session", sessionDir.toString(),
                    "--model", "front",
                    "--verify",
                    "--quiet",
                    "--out", events.toString(),
                    "--final-book", finalBook.toString());
                if (replay != 0)
                {
                    failures.add(symbol + ": replay exited with " + replay);
                    continue;
                }
                final String verdict = compareWithSimulator(sim, symbol, finalBook);
                say.println("  " + upper + ": " + verdict);
                if (!verdict.startsWith("replayed book equals"))
                {
                    failures.add(upper + ": " + verdict);
                }
            }

            say.println();
            say.println("files:");
            say.println("  captures   " + captures.resolve("binance") + "/<SYMBOL>/" + session + "/");
            say.println("  L3 events  " + out.toAbsolutePath() + "/l3-<symbol>.jsonl");
            say.println("  books      " + out.toAbsolutePath() + "/final-book-<symbol>.json");
            say.println("next: ./spindle inspect " + captures.resolve("binance").resolve(
                symbols.get(0).toUpperCase(Locale.ROOT)).resolve(session));
            if (!failures.isEmpty())
            {
                say.println("demo FAILED: " + String.join("; ", failures));
                return 1;
            }
            say.println("demo OK");
            return 0;
        }
    }

    private static String compareWithSimulator(final BinanceSimulator sim, final String symbol, final Path finalBook)
        throws IOException
    {
        final JSONObject replayed = JSON.parseObject(Files.readString(finalBook));
        final long id = replayed.getLongValue("lastUpdateId");
        final BookView truth = sim.bookAt(symbol, id);
        final int bids = compareSide(replayed.getJSONArray("bids"), truth.bids());
        final int asks = compareSide(replayed.getJSONArray("asks"), truth.asks());
        if (bids < 0 || asks < 0)
        {
            return "replayed book differs from the simulator's at u=" + id;
        }
        return "replayed book equals the simulator's at u=" + id + " level by level (" + bids + " bids, " +
            asks + " asks)";
    }

    private static int compareSide(final JSONArray replayed, final List<Level> truth)
    {
        if (replayed.size() != truth.size())
        {
            return -1;
        }
        for (int i = 0; i < truth.size(); i++)
        {
            final JSONArray level = replayed.getJSONArray(i);
            if (!truth.get(i).price().equals(level.getString(0)) || !truth.get(i).qty().equals(level.getString(1)))
            {
                return -1;
            }
        }
        return truth.size();
    }
}
