package dev.spindle.replay.hyperliquid;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotCounters;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.DecodeException;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.L2Snapshot;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.input.HyperliquidCapture;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.FifoModel;
import dev.spindle.replay.l3.PriceTicks;
import dev.spindle.replay.l3.TradesModel;
import dev.spindle.replay.run.BookOutputs;
import dev.spindle.replay.run.Closeables;
import dev.spindle.replay.run.EventCounts;
import dev.spindle.replay.run.ProgressLine;
import dev.spindle.replay.run.ReplayOutputs;
import dev.spindle.replay.run.ReplayRun;
import dev.spindle.replay.verify.TopOfBookWriter;

/**
 * Replays one coin of a Hyperliquid capture through the live handler's path: {@link FrameDecoder} decodes each
 * l2Book frame and {@link L2SnapshotDiffer} replaces the book with it, deriving the level diff from the previous
 * snapshot; the L3 model, {@code --tob-out} and {@code --verify} listen to the differ. Streams the capture on the
 * calling thread (events are encoded on a writer thread), so memory does not grow with its length.
 * <ul>
 * <li>The book's update id is the snapshot's venue {@code time} (ms): {@code --final-book} writes it as
 * {@code lastUpdateId}, {@code --tob-out} as {@code u}, and events carry it as {@code sequence}.</li>
 * <li>A message whose time does not increase is ignored and counted, as live (the first book after a subscribe
 * comes twice); with {@code --validate-sequence} a time going backwards is an error naming file and line.</li>
 * <li>More than 10 s of venue time without a message marks the book stale, as the live handler does after a
 * silence: the next message is loaded afresh (no diff across the silence) and the model reseeds, with a
 * warning.</li>
 * <li>Frames of other coins, trades, pongs and subscription echoes in the l2Book pass are skipped; a frame that
 * fails to decode is an error naming file and line unless {@code --skip-bad-lines}.</li>
 * </ul>
 * Not thread safe; one replay per instance.
 */
public final class HyperliquidReplay extends ReplayRun<HyperliquidResult> implements SnapshotListener
{
    private static final int BOOK_LEVELS = 64;
    private static final long NS_PER_MS = 1_000_000L;

    private final HyperliquidCapture capture;

    private String coin;
    private byte[] coinBytes;
    private FrameDecoder frames;
    private L2Book book;
    private L2SnapshotDiffer differ;
    private ReplayOutputs outputs;
    private DiffModel model;
    private BookOutputs bookOutputs;
    private TopOfBookWriter tob;
    private HyperliquidTradeFeed tradeFeed;
    private MessageCheck check;
    private ProgressLine progress;
    private RecordSource source;
    private long messages;
    private long otherCoinFrames;

    /**
     * @param options what to replay and write.
     * @param capture the opened Hyperliquid capture.
     * @param err     progress, warnings and summary.
     */
    public HyperliquidReplay(final ReplayOptions options, final HyperliquidCapture capture, final PrintWriter err)
    {
        super(options, err);
        this.capture = capture;
    }

    @Override
    public void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
    {
        onBookChanged(null, book);
    }

    @Override
    public void onDiff(final SnapshotDiff diff, final L2Book book)
    {
        onBookChanged(diff, book);
    }

    @Override
    public void onIdentical(final long previousTimeMs, final long timeMs)
    {
        if (model != null)
        {
            model.onIdentical(timeMs, differ);
        }
    }

    @Override
    protected void setUp() throws IOException
    {
        if (options.speed() > 0)
        {
            throw new ReplayException("--speed: Hyperliquid replays run as fast as possible only (--speed max)");
        }
        final String wanted = options.symbol() != null ? options.symbol() : capture.declaredSymbol();
        coin = CoinSniffer.sniff(capture.depth(message -> { }, true), wanted, capture.description());
        coinBytes = coin.getBytes(StandardCharsets.UTF_8);
        final CoinTable coins = new CoinTable();
        final int coinIndex = coins.add(coin);
        final Instrument instrument = coins.instrument(coinIndex);
        frames = new FrameDecoder(coins, 20, 64);
        book = new L2Book(instrument, BOOK_LEVELS);
        differ = new L2SnapshotDiffer(coinIndex, book, this);

        final ReplayOptions.Model choice = chooseModel();
        outputs = new ReplayOutputs(options, instrument, choice);
        final PriceTicks ticks = new PriceTicks(instrument.priceScale(), options.pricePrecision());
        switch (choice)
        {
            case COUNTS:
                model = new CountsModel(ticks, outputs.sink("counts"), tradeFeed);
                break;
            case FIFO:
                model = new L3ModelAdapter(new FifoModel(ticks, outputs.sink("fifo")));
                break;
            case TRADES:
                model = new L3ModelAdapter(new TradesModel(ticks, outputs.sink("trades"), tradeFeed));
                break;
            default:
                model = null;
                break;
        }
        bookOutputs = new BookOutputs(options);
        tob = bookOutputs.tob();
        if (options.verify())
        {
            check = new MessageCheck(book, differ, this::where);
        }
        if (!options.quiet())
        {
            progress = new ProgressLine(err, startNs, "l2Book messages", "time", "messages", false);
        }
        source = capture.depth(warnings, options.skipBadLines());
    }

    private ReplayOptions.Model chooseModel() throws IOException
    {
        final ReplayOptions.Model asked = options.model() == null ? ReplayOptions.Model.COUNTS : options.model();
        if (asked == ReplayOptions.Model.FIFO || asked == ReplayOptions.Model.NONE)
        {
            return asked;
        }
        final RecordSource trades = capture.trades();
        if (trades != null)
        {
            tradeFeed = new HyperliquidTradeFeed(trades, coin);
            if (!tradeFeed.hasTrades())
            {
                tradeFeed.close();
                tradeFeed = null;
            }
        }
        if (asked == ReplayOptions.Model.TRADES && tradeFeed == null)
        {
            throw new ReplayException("--model trades: " + capture.description() + " has no trades of " + coin);
        }
        return asked;
    }

    @Override
    protected void replay() throws IOException
    {
        int sinceClock = 0;
        while (source.next())
        {
            onFrame();
            if (++sinceClock == 64 && progress != null)
            {
                sinceClock = 0;
                progress.maybePrint(source.progress(), messages, differ.lastTimeMs());
            }
        }
    }

    private void onFrame()
    {
        final byte[] buf = source.buffer();
        final int off = source.offset();
        final int len = source.length();
        if (FrameCoin.compare(buf, off, len, coinBytes) == FrameCoin.OTHER)
        {
            otherCoinFrames++;
            return;
        }
        final FrameType type;
        try
        {
            type = frames.decode(buf, off, len);
        }
        catch (final DecodeException ex)
        {
            final String problem = where() + ": " + ex.getMessage();
            if (!options.skipBadLines())
            {
                throw new ReplayException(problem + " (--skip-bad-lines skips such lines)");
            }
            warnings.skippedLine(problem);
            return;
        }
        if (type == FrameType.L2_BOOK)
        {
            onBook(frames.l2Book());
        }
    }

    private void onBook(final L2Snapshot snapshot)
    {
        messages++;
        final long timeMs = snapshot.time();
        final boolean live = differ.state() == BookState.LIVE;
        if (live && timeMs < differ.lastTimeMs() && options.validateSequence())
        {
            throw new ReplayException(where() + ": time " + timeMs + " is before the previous l2Book's " +
                differ.lastTimeMs() + " (--validate-sequence)");
        }
        final long clockNs = timeMs * NS_PER_MS;
        if (live && differ.checkStale(clockNs))
        {
            warnings.warn(where() + ": no l2Book for " + (timeMs - differ.lastTimeMs()) + " ms of venue time: " +
                "the book is reloaded from this message, as the live handler does after a silence");
        }
        final boolean advances = differ.state() != BookState.LIVE || timeMs > differ.lastTimeMs();
        differ.onSnapshot(snapshot, clockNs);
        if (check != null && advances)
        {
            check.check(snapshot);
        }
    }

    /** The differ loaded the book afresh ({@code diff} null) or applied a derived diff. */
    private void onBookChanged(final SnapshotDiff diff, final L2Book book)
    {
        if (model != null)
        {
            try
            {
                if (diff == null)
                {
                    model.load(differ);
                }
                else
                {
                    model.onDiff(diff, differ);
                }
            }
            catch (final ReplayException ex)
            {
                throw located(ex);
            }
        }
        if (tob != null)
        {
            tob.onApplied(book);
        }
    }

    @Override
    protected HyperliquidResult finish() throws IOException
    {
        if (differ.counters().loaded() == 0)
        {
            throw new ReplayException("no l2Book message of " + coin + " in " + capture.description() +
                " could be read");
        }
        if (otherCoinFrames > 0 && options.symbol() == null)
        {
            warnings.warn(capture.description() + " also holds " + otherCoinFrames + " frames of other coins; " +
                "replayed " + coin + " (choose with --symbol)");
        }
        outputs.close();
        bookOutputs.finish(book);
        final HyperliquidResult result = result();
        HyperliquidSummary.print(result, this, err);
        return result;
    }

    private HyperliquidResult result()
    {
        final SnapshotCounters c = differ.counters();
        return new HyperliquidResult(coin, model == null ? "none" : model.name(), messages, c.diffs(), c.identical(),
            c.timeNotIncreasing(), c.loaded(), c.added(), c.changed(), c.removed(), c.beyondHorizon(),
            c.enteredHorizon(), otherCoinFrames, warnings.skippedLines(), warnings.warnings(),
            EventCounts.of(model == null ? null : model::count), outputs.bytes(), book.lastUpdateId(),
            check == null ? 0 : check.checked(), check == null ? 0 : check.mismatches(),
            check == null ? null : check.firstMismatch(), System.nanoTime() - startNs);
    }

    @Override
    protected String where()
    {
        return source == null ? capture.description() : source.file() + ":" + source.lineNo();
    }

    @Override
    protected void closeQuietly()
    {
        Closeables.closeQuietly(source, tradeFeed, bookOutputs, outputs);
    }

    /** @return the model, or null for {@code --model none}. */
    DiffModel model()
    {
        return model;
    }

    /** @return the trades, or null. */
    HyperliquidTradeFeed tradeFeed()
    {
        return tradeFeed;
    }

    /** @return the capture's description. */
    String description()
    {
        return capture.description();
    }
}
