package dev.spindle.replay;

import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.replay.input.InputFormat;
import dev.spindle.replay.l3.PriceTicks;

/**
 * Everything a replay is asked to do, as set by {@code spindle replay}'s flags (or by code). Fluent setters; the
 * defaults are the command's defaults. Not thread safe: build it, then hand it to {@link Replay#run}.
 */
public final class ReplayOptions
{
    /** The L3 inference model ({@code --model}). */
    public enum Model
    {
        /** hft-rs semantics: every decrease fills from the front. */
        FIFO,
        /** Trades explain fills from the front; the rest of a decrease is a cancel from the back. */
        TRADES,
        /**
         * Hyperliquid only: uses each level's order count {@code n} and the trades (see
         * {@link dev.spindle.replay.hyperliquid.CountsModel}); the default for Hyperliquid captures.
         */
        COUNTS,
        /** Trades and refills explain fills from the front; the rest is spread over the queue by position. */
        PROB,
        /** Trades and refills explain fills from the front; the rest is a cancel from the front (Binance default). */
        FRONT,
        /** Rebuild the book only; no events. */
        NONE
    }

    /** Encoding of the event output ({@code --out-format}). */
    public enum OutFormat
    {
        /** One JSON object per line. */
        JSONL,
        /** The compact binary layout of {@link dev.spindle.replay.export.KryoFormat}. */
        KRYO
    }

    private InputFormat format;
    private Path session;
    private Path snapshot;
    private Path diffs;
    private List<Path> inputs = List.of();
    private String symbol;
    private Model model;
    private int pricePrecision = PriceTicks.DEFAULT_PRECISION;
    private Path out;
    private WritableByteChannel outChannel;
    private OutFormat outFormat = OutFormat.JSONL;
    private Path finalBook;
    private Path tobOut;
    private boolean verify;
    private boolean validateSequence;
    private boolean skipBadLines;
    private double speed;
    private boolean quiet;

    /** @return forced input format, or null to detect. */
    public InputFormat format()
    {
        return format;
    }

    /** @param format forced input format, or null to detect. @return this. */
    public ReplayOptions format(final InputFormat format)
    {
        this.format = format;
        return this;
    }

    /** @return {@code --session} directory, or null. */
    public Path session()
    {
        return session;
    }

    /** @param session a spindle session or hft-rs capture directory. @return this. */
    public ReplayOptions session(final Path session)
    {
        this.session = session;
        return this;
    }

    /** @return {@code --snapshot} file, or null. */
    public Path snapshot()
    {
        return snapshot;
    }

    /** @param snapshot the hft-rs snapshot file. @return this. */
    public ReplayOptions snapshot(final Path snapshot)
    {
        this.snapshot = snapshot;
        return this;
    }

    /** @return {@code --diffs} file, or null. */
    public Path diffs()
    {
        return diffs;
    }

    /** @param diffs the hft-rs diffs file. @return this. */
    public ReplayOptions diffs(final Path diffs)
    {
        this.diffs = diffs;
        return this;
    }

    /** @return {@code --input} files, possibly empty. */
    public List<Path> inputs()
    {
        return inputs;
    }

    /** @param inputs hftbacktest files in recording order, or one directory. @return this. */
    public ReplayOptions inputs(final List<Path> inputs)
    {
        this.inputs = List.copyOf(inputs);
        return this;
    }

    /** @return the symbol to replay, or null for the capture's (first) one. */
    public String symbol()
    {
        return symbol;
    }

    /** @param symbol the symbol to replay, or null. @return this. */
    public ReplayOptions symbol(final String symbol)
    {
        this.symbol = symbol;
        return this;
    }

    /**
     * @return the L3 model, or null for the default (Binance: front if the capture has trades, else fifo;
     * Hyperliquid: counts).
     */
    public Model model()
    {
        return model;
    }

    /** @param model the L3 model, or null for the default. @return this. */
    public ReplayOptions model(final Model model)
    {
        this.model = model;
        return this;
    }

    /** @return decimals kept in {@code price_ticks}. */
    public int pricePrecision()
    {
        return pricePrecision;
    }

    /** @param pricePrecision decimals kept in {@code price_ticks}. @return this. */
    public ReplayOptions pricePrecision(final int pricePrecision)
    {
        this.pricePrecision = pricePrecision;
        return this;
    }

    /** @return the event output file, or null for standard output (or {@link #outChannel()}). */
    public Path out()
    {
        return out;
    }

    /** @param out the event output file, or null for standard output. @return this. */
    public ReplayOptions out(final Path out)
    {
        this.out = out;
        return this;
    }

    /** @return a channel to write events to instead of standard output (embedding, tests), or null. */
    public WritableByteChannel outChannel()
    {
        return outChannel;
    }

    /** @param outChannel events go there when {@link #out()} is null; not closed by the replay. @return this. */
    public ReplayOptions outChannel(final WritableByteChannel outChannel)
    {
        this.outChannel = outChannel;
        return this;
    }

    /** @return the event encoding. */
    public OutFormat outFormat()
    {
        return outFormat;
    }

    /** @param outFormat the event encoding. @return this. */
    public ReplayOptions outFormat(final OutFormat outFormat)
    {
        this.outFormat = outFormat;
        return this;
    }

    /** @return where to write the final book, or null. */
    public Path finalBook()
    {
        return finalBook;
    }

    /** @param finalBook where to write the final book, or null. @return this. */
    public ReplayOptions finalBook(final Path finalBook)
    {
        this.finalBook = finalBook;
        return this;
    }

    /** @return where to write the top of book after each applied diff, or null. */
    public Path tobOut()
    {
        return tobOut;
    }

    /** @param tobOut where to write the top of book after each applied diff, or null. @return this. */
    public ReplayOptions tobOut(final Path tobOut)
    {
        this.tobOut = tobOut;
        return this;
    }

    /** @return true to check the book against checkpoints and bookTickers. */
    public boolean verify()
    {
        return verify;
    }

    /** @param verify check the book against checkpoints and bookTickers. @return this. */
    public ReplayOptions verify(final boolean verify)
    {
        this.verify = verify;
        return this;
    }

    /** @return true to make any gap an error. */
    public boolean validateSequence()
    {
        return validateSequence;
    }

    /** @param validateSequence make any gap an error. @return this. */
    public ReplayOptions validateSequence(final boolean validateSequence)
    {
        this.validateSequence = validateSequence;
        return this;
    }

    /** @return true to skip (and count) malformed lines instead of failing. */
    public boolean skipBadLines()
    {
        return skipBadLines;
    }

    /** @param skipBadLines skip malformed lines. @return this. */
    public ReplayOptions skipBadLines(final boolean skipBadLines)
    {
        this.skipBadLines = skipBadLines;
        return this;
    }

    /** @return replay speed as a factor of real time ({@code 1} = real), or 0 for as fast as possible. */
    public double speed()
    {
        return speed;
    }

    /** @param speed factor of real time, or 0 for as fast as possible. @return this. */
    public ReplayOptions speed(final double speed)
    {
        this.speed = speed;
        return this;
    }

    /** @return true to print no progress lines. */
    public boolean quiet()
    {
        return quiet;
    }

    /** @param quiet print no progress lines. @return this. */
    public ReplayOptions quiet(final boolean quiet)
    {
        this.quiet = quiet;
        return this;
    }
}
