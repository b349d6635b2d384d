package dev.spindle.tools.score;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;

import dev.spindle.replay.l3.Models;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spindle score-l3}: derive the L2 feed a level-publishing venue would send from a LOBSTER message and
 * orderbook pair, run L3 models over it through the replay's own model code, and score their inferred orders
 * against the true order flow (metrics: README.md, "Scoring L3 inference").
 * <p>
 * Exit codes: 0 on success, 1 when the input cannot be read, 2 on bad arguments.
 */
@Command(
    name = "score-l3",
    mixinStandardHelpOptions = true,
    description = {
        "Score L3 inference against real order-by-order data (LOBSTER message + orderbook files):",
        "fill/cancel precision and recall, queue-position error, fill attribution, per model and granularity."})
public final class ScoreL3Command implements Callable<Integer>
{
    /** Exit code: the input could not be read. */
    public static final int EXIT_UNREADABLE = 1;

    /** Where the LOBSTER files come from. */
    static final class Input
    {
        @Option(names = "--zip", paramLabel = "F", required = true,
            description = "A LOBSTER sample zip holding *_message_N.csv and *_orderbook_N.csv (read in place).")
        Path zip;

        @ArgGroup(exclusive = false)
        Pair pair;
    }

    /** A message file and its orderbook file. */
    static final class Pair
    {
        @Option(names = "--messages", paramLabel = "F", required = true, description = "LOBSTER message CSV.")
        Path messages;

        @Option(names = "--orderbook", paramLabel = "F", required = true, description = "LOBSTER orderbook CSV.")
        Path orderbook;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(names = "--model", paramLabel = "M[,M...]", split = ",",
        description = "Models to score: fifo, trades, prob (default: all).")
    private List<String> models = new ArrayList<>(Models.NAMES);

    @Option(names = "--bucket-ms", paramLabel = "N[,N...]", split = ",",
        description = "Feed granularity: 0 = one update per message (default), N = level changes netted over N ms " +
            "buckets like depth@100ms; several values score each.")
    private List<Long> bucketMs = new ArrayList<>(List.of(0L));

    @Option(names = "--json", description = "Print one JSON object per model and granularity instead of a table.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    /**
     * Runs {@code score-l3} alone.
     *
     * @param args command-line arguments.
     */
    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new ScoreL3Command()).execute(args));
    }

    @Override
    public Integer call()
    {
        for (final String model : models)
        {
            if (!Models.NAMES.contains(model))
            {
                throw new ParameterException(spec.commandLine(), "--model " + model + ": expected one of " +
                    String.join(", ", Models.NAMES));
            }
        }
        for (final long bucket : bucketMs)
        {
            if (bucket < 0)
            {
                throw new ParameterException(spec.commandLine(), "--bucket-ms " + bucket + ": expected 0 or more");
            }
        }
        final LobsterDay day;
        try
        {
            day = input.zip != null ? LobsterDay.readZip(input.zip) :
                LobsterDay.read(input.pair.messages, input.pair.orderbook);
        }
        catch (final IOException ex)
        {
            spec.commandLine().getErr().println("score-l3: " + ex.getMessage());
            return EXIT_UNREADABLE;
        }
        final List<Scorecard> cards = new ArrayList<>();
        for (final long bucket : bucketMs)
        {
            for (final String model : models)
            {
                cards.add(ScoreRun.score(day, model, bucket));
            }
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (json)
        {
            for (final Scorecard card : cards)
            {
                final Map<String, Object> map = card.toMap();
                out.println(JSON.toJSONString(map, JSONWriter.Feature.WriteMapNullValue));
            }
        }
        else
        {
            ScoreTable.print(out, day, cards);
        }
        out.flush();
        return 0;
    }
}
