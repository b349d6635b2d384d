package dev.spindle.replay.binance;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import org.agrona.concurrent.IdleStrategy;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.sync.DepthSync;
import dev.spindle.binance.sync.SyncListener;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.binance.sync.SyncReason;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayIdle;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.input.Capture;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.L3Model;
import dev.spindle.replay.run.BookOutputs;
import dev.spindle.replay.run.Closeables;
import dev.spindle.replay.run.EventCounts;
import dev.spindle.replay.run.ProgressLine;
import dev.spindle.replay.run.ReplayOutputs;
import dev.spindle.replay.run.ReplayRun;
import dev.spindle.replay.verify.CheckpointCheck;
import dev.spindle.replay.verify.TopOfBookWriter;
import dev.spindle.spsc.MessageHandler;

/**
 * Replays one Binance symbol of a capture through the live handler's path: {@link DepthPassDecoder} (the
 * handler's decoders) on a reader thread, then {@link DepthSync} and {@link L2Book} on the calling thread, with
 * the L3 model, exporters and verifications listening to the sync. {@link DepthReader} runs the reader thread,
 * {@link SyncRecovery} handles gaps and resyncs, {@link ReplaySummary} prints the closing lines.
 *
 * <h2>Snapshots, gaps and resyncs</h2>
 * The capture's first snapshot (and any inline snapshot) goes to the sync exactly as it would live. When the chain
 * breaks (a gap, or a snapshot too old for the diffs after it):
 * <ul>
 * <li>with {@code --validate-sequence} the replay fails, naming file, line and update ids;</li>
 * <li>otherwise a warning is printed and counted, and the book is reloaded from the first later snapshot that can
 * bridge the diffs: a session checkpoint, or an inline snapshot further on in the capture;</li>
 * <li>if the capture has none, the gap is crossed on the current book, as hft-rs does (a "bridge": the sync is
 * given the current book as a snapshot that ends where the next diff starts), and the L3 queues carry on;</li>
 * <li>if the book was never live (the first snapshot cannot be bridged), the replay fails: the snapshot is too
 * old, of another time, or of another symbol.</li>
 * </ul>
 * The L3 model is reseeded on every real snapshot load, so a resync shows as fresh {@code snapshot} events.
 * <p>
 * Not thread safe; one replay per instance.
 */
public final class BinanceReplay extends ReplayRun<ReplayResult>
    implements SyncListener, MessageHandler<DecodedRecord>
{
    private static final int BOOK_LEVELS = 8192;
    private static final int SYNC_SLOTS = 64;
    private static final int SYNC_SLOT_LEVELS = 64;
    private static final int MAX_BUFFERED_DIFFS = 16_384;
    private static final long NO_ID = Long.MIN_VALUE;
    private static final long FOREIGN_SNAPSHOT_DISTANCE = 100_000_000L;

    private final Capture capture;
    private final RecordCursor cursor;

    private Instrument instrument;
    private SyncMode mode;
    private L2Book book;
    private DepthSync sync;
    private SyncRecovery recovery;
    private ReplayOutputs outputs;
    private L3Model model;
    private BookOutputs bookOutputs;
    private TopOfBookWriter tob;
    private TradeFeed tradeFeed;
    private Checkpoints checkpoints;
    private Verification verification;
    private Pacer pacer;
    private ProgressLine progress;
    private DepthReader reader;

    private boolean ended;
    private long lastDiffU = NO_ID;
    private long diffsRead;
    private long snapshots;

    /**
     * @param options what to replay and write.
     * @param capture the opened capture.
     * @param err     progress, warnings and summary.
     */
    public BinanceReplay(final ReplayOptions options, final Capture capture, final PrintWriter err)
    {
        super(options, err);
        this.capture = capture;
        this.cursor = new RecordCursor(capture.description());
    }

    @Override
    public void onMessage(final DecodedRecord record)
    {
        cursor.set(record);
        switch (record.type)
        {
            case DecodedRecord.DIFF:
                onDiffRecord(record.diff);
                break;
            case DecodedRecord.SNAPSHOT:
                onSnapshotRecord(record.snapshot());
                break;
            case DecodedRecord.BAD_LINE:
                if (!options.skipBadLines())
                {
                    throw new ReplayException(record.message + " (--skip-bad-lines skips such lines)");
                }
                warnings.skippedLine(record.message);
                break;
            case DecodedRecord.FAILED:
                throw record.failure;
            default:
                ended = true;
                break;
        }
    }

    @Override
    public void onStateChange(final BookState from, final BookState to, final SyncReason why)
    {
        if (to == BookState.LIVE)
        {
            recovery.onLive();
        }
    }

    @Override
    public void onSnapshotApplied(final long lastUpdateId, final int bidLevels, final int askLevels)
    {
        if (!recovery.onLoaded(lastUpdateId))
        {
            return;
        }
        if (model != null)
        {
            try
            {
                model.seed(book, lastUpdateId);
            }
            catch (final ReplayException ex)
            {
                throw located(ex);
            }
        }
        if (verification != null)
        {
            verification.onBookLoaded(book);
        }
    }

    @Override
    public void onSnapshotRejected(final long lastUpdateId, final long firstBufferedU)
    {
        recovery.onSnapshotRejected(lastUpdateId, firstBufferedU);
    }

    @Override
    public void onGap(final long expected, final long got)
    {
        recovery.onGap(expected, got);
    }

    @Override
    public void onDiffApplied(final DepthUpdate diff, final L2Book book)
    {
        if (verification != null)
        {
            verification.onDiffApplied(diff.u(), book);
        }
        if (model != null)
        {
            try
            {
                model.onDiff(diff);
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
    protected void setUp() throws IOException
    {
        final String wanted = options.symbol() != null ? options.symbol() : capture.declaredSymbol();
        final FrameSniffer.Discovery found = FrameSniffer.sniff(capture.depth(message -> { }, true), wanted,
            capture.description());
        mode = found.mode();
        instrument = new Instrument(found.symbol(), 8, 8);
        book = new L2Book(instrument, BOOK_LEVELS);
        sync = new DepthSync(mode, 0, book, this, SYNC_SLOTS, SYNC_SLOT_LEVELS, MAX_BUFFERED_DIFFS);

        final ReplayOptions.Model modelChoice = chooseModel();
        outputs = new ReplayOutputs(options, instrument, modelChoice);
        model = outputs.model(modelChoice, tradeFeed);
        bookOutputs = new BookOutputs(options);
        tob = bookOutputs.tob();
        checkpoints = new Checkpoints(capture.checkpoints(), engineSymbols());
        recovery = new SyncRecovery(options.validateSequence(), capture, warnings, cursor, checkpoints, mode, sync,
            book, BOOK_LEVELS);
        if (options.verify())
        {
            verification = new Verification(capture.tickers(), checkpoints, engineSymbols());
        }
        if (options.speed() > 0)
        {
            pacer = new Pacer(options.speed());
        }
        if (!options.quiet())
        {
            progress = new ProgressLine(err, startNs, "diffs", "u", "diffs", true);
        }
        reader = new DepthReader(capture.depth(warnings, options.skipBadLines()),
            new DepthPassDecoder(engineSymbols(), 0));
    }

    private ReplayOptions.Model chooseModel() throws IOException
    {
        final ReplayOptions.Model asked = options.model();
        if (asked == ReplayOptions.Model.FIFO || asked == ReplayOptions.Model.NONE)
        {
            return asked;
        }
        final RecordSource trades = capture.trades();
        if (trades != null)
        {
            tradeFeed = new TradeFeed(trades, engineSymbols());
            if (tradeFeed.hasTrades())
            {
                return asked == null ? ReplayOptions.Model.FRONT : asked;
            }
            tradeFeed.close();
            tradeFeed = null;
        }
        if (asked != null)
        {
            throw new ReplayException("--model " + asked.name().toLowerCase(Locale.ROOT) + ": " +
                capture.description() + " has no trades of " + instrument.symbol());
        }
        return ReplayOptions.Model.FIFO;
    }

    private SymbolTable engineSymbols()
    {
        final SymbolTable symbols = new SymbolTable();
        symbols.add(instrument);
        return symbols;
    }

    @Override
    protected void replay()
    {
        final IdleStrategy idle = ReplayIdle.create();
        int sinceClock = 0;
        while (!ended)
        {
            final int drained = reader.drain(this);
            if (drained == 0)
            {
                idle.idle();
            }
            else
            {
                idle.reset();
            }
            if (++sinceClock == 64 && progress != null)
            {
                sinceClock = 0;
                progress.maybePrint(reader.progress(), diffsRead, lastDiffU);
            }
        }
    }

    private void onDiffRecord(final DepthUpdate diff)
    {
        diffsRead++;
        lastDiffU = diff.u();
        if (pacer != null)
        {
            pacer.pace(diff.T() != 0 ? diff.T() : diff.E());
        }
        sync.onDiff(diff);
        recovery.resolve();
    }

    private void onSnapshotRecord(final DepthSnapshot snapshot)
    {
        if (cursor.current().otherSymbolsSeen && lastDiffU != NO_ID &&
            Math.abs(snapshot.lastUpdateId() - lastDiffU) > FOREIGN_SNAPSHOT_DISTANCE)
        {
            // Inline snapshots do not name their symbol; in a capture of several symbols, one whose id is nowhere
            // near the replayed symbol's ids belongs to another.
            warnings.warn(where() + ": snapshot lastUpdateId " + snapshot.lastUpdateId() + " is far from " +
                instrument.symbol() + "'s update ids (last u=" + lastDiffU + "): taken for another symbol's, skipped");
            return;
        }
        snapshots++;
        recovery.onSnapshotRead();
        if (sync.state() == BookState.LIVE)
        {
            if (verification != null)
            {
                verification.onLiveSnapshot(snapshot, cursor.current().position(), book);
            }
            return;
        }
        recovery.load(snapshot);
        recovery.resolve();
    }

    @Override
    protected ReplayResult finish() throws IOException
    {
        recovery.checkWentLive(diffsRead, lastDiffU);
        if (reader.otherSymbolFrames() > 0 && options.symbol() == null)
        {
            warnings.warn(capture.description() + " also holds " + reader.otherSymbolFrames() +
                " frames of other symbols; replayed " + instrument.symbol() + " (choose with --symbol)");
        }
        if (verification != null)
        {
            verification.finish(book);
        }
        outputs.close();
        bookOutputs.finish(book);
        final ReplayResult result = result();
        ReplaySummary.print(result, this, err);
        return result;
    }

    private ReplayResult result()
    {
        final Verification v = verification;
        final BookTickerCheck tickers = v == null ? null : v.tickerCheck();
        final CheckpointCheck points = v == null ? null : v.checkpointCheck();
        return new ReplayResult(
            instrument.symbol(),
            mode == SyncMode.SPOT,
            model == null ? "none" : model.name(),
            diffsRead,
            sync.counters().applied(),
            sync.counters().ignoredOld(),
            recovery.gaps(),
            recovery.resyncs(),
            recovery.bridges(),
            snapshots,
            warnings.skippedLines(),
            warnings.warnings(),
            EventCounts.of(model == null ? null : model::count),
            outputs.bytes(),
            book.lastUpdateId(),
            tickers == null ? 0 : tickers.checkpoints(),
            tickers == null ? 0 : tickers.matches(),
            tickers == null ? 0 : tickers.mismatches(),
            tickers == null ? 0 : tickers.tickerJumps(),
            tickers == null ? 0 : tickers.unverifiable(),
            points == null ? 0 : points.added() + v.unreached(),
            points == null ? 0 : points.matched(),
            points == null ? 0 : points.mismatched(),
            points == null ? 0 : points.unaligned(),
            v == null ? null : v.firstMismatch(),
            System.nanoTime() - startNs);
    }

    @Override
    protected String where()
    {
        return cursor.where();
    }

    @Override
    protected void closeQuietly()
    {
        Closeables.closeQuietly(reader, tradeFeed, verification, bookOutputs, outputs);
    }

    /** @return the L3 model, or null for {@code --model none}. */
    L3Model model()
    {
        return model;
    }

    /** @return the feed of trades, or null. */
    TradeFeed tradeFeed()
    {
        return tradeFeed;
    }

    /** @return the verification, or null without {@code --verify}. */
    Verification verification()
    {
        return verification;
    }

    /** @return the capture's description. */
    String description()
    {
        return capture.description();
    }
}
