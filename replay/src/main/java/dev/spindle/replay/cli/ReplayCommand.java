package dev.spindle.replay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.spindle.replay.Replay;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.input.InputFormat;
import dev.spindle.replay.l3.PriceTicks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spindle replay}: rebuild a book offline from a capture with the live handler's decoder, book and sync
 * rules, infer L3 events, export them as JSONL or Kryo, and verify the book. Exit codes: 0 done (and verified, with
 * {@code --verify}); 1 bad input, a gap under {@code --validate-sequence}, or a verification mismatch; 2 bad flags.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Rebuild a book offline from a capture, infer L3 (order-level) events and export them. Inputs: a spindle " +
            "session or hft-rs capture directory (--session), an hft-rs pair (--snapshot --diffs), or hftbacktest " +
            "files (--input); for Hyperliquid a spindle session (--session), hftbacktest files or archive files " +
            "(--input). Events go to stdout unless --out is given.",
        "Exit codes: 0 done, 1 bad input, gap under --validate-sequence or verification mismatch, 2 bad flags."})
public final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--session", paramLabel = "DIR",
        description = "A spindle capture session, or an hft-rs capture directory (snapshot.json + diffs.jsonl).")
    private Path session;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "hft-rs: the REST depth snapshot body.")
    private Path snapshot;

    @Option(names = "--diffs", paramLabel = "FILE", description = "hft-rs: one raw depth frame per line.")
    private Path diffs;

    @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
        description = "hftbacktest capture files (gzip or plain), in recording order; or one directory.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
        description = "auto (default), session, hftrs, hftbacktest, hl-session, hl-hftbacktest or hl-archive.")
    private String format;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
        description = "Symbol to replay when the capture holds several (default: the first depth stream's).")
    private String symbol;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "L3 model: fifo (hft-rs), trades, prob, front (Binance default when the capture has " +
            "trades), counts (Hyperliquid default: uses the order counts n and the trades) or none.")
    private String model;

    @Option(names = "--no-events", description = "Rebuild the book only (same as --model none).")
    private boolean noEvents;

    @Option(names = "--price-precision", paramLabel = "N", defaultValue = "" + PriceTicks.DEFAULT_PRECISION,
        description = "price_ticks = price * 10^N (default ${DEFAULT-VALUE}); a price needing more decimals is an error.")
    private int pricePrecision;

    @Option(names = "--out", paramLabel = "FILE", description = "Write events to FILE instead of stdout.")
    private Path out;

    @Option(names = "--out-format", paramLabel = "FORMAT", defaultValue = "jsonl",
        description = "jsonl (default) or kryo; 'spindle convert FILE --to jsonl' reads kryo back.")
    private String outFormat;

    @Option(names = "--final-book", paramLabel = "FILE",
        description = "Write the final book as {\"lastUpdateId\":N,\"bids\":[[\"p\",\"q\"],...],\"asks\":[...]}.")
    private Path finalBook;

    @Option(names = "--tob-out", paramLabel = "FILE",
        description = "Write {\"u\":N,\"bid\":[\"p\",\"q\"],\"ask\":[\"p\",\"q\"]} after every applied diff.")
    private Path tobOut;

    @Option(names = "--verify",
        description = "Compare the book with every checkpoint and bookTicker of the capture; exit 1 on a mismatch.")
    private boolean verify;

    @Option(names = "--validate-sequence",
        description = "Make any gap in update ids an error (default: a warning, then resync or continue).")
    private boolean validateSequence;

    @Option(names = "--skip-bad-lines", description = "Skip and count malformed lines instead of failing.")
    private boolean skipBadLines;

    @Option(names = "--speed", paramLabel = "SPEED", defaultValue = "max",
        description = "max (default), real, or a factor of real time such as 10.")
    private String speed;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call()
    {
        final ReplayOptions options;
        try
        {
            options = options();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(spec.commandLine(), ex.getMessage());
        }
        return run(options, spec.commandLine().getErr());
    }

    /**
     * Run the replay the flags describe.
     *
     * @param options what {@link #options()} made of the flags.
     * @param err     progress, warnings and the summary.
     * @return 0.
     * @throws ReplayException on bad input, and when {@code --verify} found a mismatch.
     */
    public int run(final ReplayOptions options, final PrintWriter err)
    {
        final ReplayResult result = Replay.run(options, err);
        err.flush();
        if (!result.verified())
        {
            throw new ReplayException("verify failed: " + result.firstMismatch());
        }
        return 0;
    }

    /**
     * @return the options the flags describe.
     * @throws IllegalArgumentException naming the flag, when a value is not one the flag accepts.
     */
    public ReplayOptions options()
    {
        final ReplayOptions options = new ReplayOptions()
            .session(session)
            .snapshot(snapshot)
            .diffs(diffs)
            .inputs(inputs)
            .symbol(symbol)
            .pricePrecision(pricePrecision)
            .out(out)
            .finalBook(finalBook)
            .tobOut(tobOut)
            .verify(verify)
            .validateSequence(validateSequence)
            .skipBadLines(skipBadLines)
            .quiet(quiet);
        options.format(InputFormat.fromFlag(format));
        options.model(noEvents ? ReplayOptions.Model.NONE : model(model));
        options.outFormat(outFormat(outFormat));
        options.speed(speed(speed));
        return options;
    }

    private ReplayOptions.Model model(final String value)
    {
        if (value == null)
        {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT))
        {
            case "fifo":
                return ReplayOptions.Model.FIFO;
            case "trades":
                return ReplayOptions.Model.TRADES;
            case "counts":
                return ReplayOptions.Model.COUNTS;
            case "prob":
                return ReplayOptions.Model.PROB;
            case "front":
                return ReplayOptions.Model.FRONT;
            case "none":
                return ReplayOptions.Model.NONE;
            default:
                throw new IllegalArgumentException(
                    "--model " + value + ": expected fifo, trades, prob, front, counts or none");
        }
    }

    private ReplayOptions.OutFormat outFormat(final String value)
    {
        switch (value.toLowerCase(Locale.ROOT))
        {
            case "jsonl":
                return ReplayOptions.OutFormat.JSONL;
            case "kryo":
                return ReplayOptions.OutFormat.KRYO;
            default:
                throw new IllegalArgumentException("--out-format " + value + ": expected jsonl or kryo");
        }
    }

    private double speed(final String value)
    {
        if ("max".equalsIgnoreCase(value))
        {
            return 0;
        }
        if ("real".equalsIgnoreCase(value))
        {
            return 1;
        }
        try
        {
            final double factor = Double.parseDouble(value);
            if (factor > 0 && !Double.isInfinite(factor))
            {
                return factor;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below with the accepted values
        }
        throw new IllegalArgumentException("--speed " + value +
            ": expected max, real or a positive factor of real time");
    }
}
