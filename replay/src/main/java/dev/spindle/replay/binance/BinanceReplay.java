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
import dev.spindle.engine.book.Side;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayIdle;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.ReplayWarnings;
import dev.spindle.replay.input.Capture;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.L3Model;
import dev.spindle.replay.verify.BookJson;
import dev.spindle.replay.verify.CheckpointCheck;
import dev.spindle.replay.verify.TopOfBookWriter;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * Replays one Binance symbol of a capture through the live handler's path: {@link DepthPassDecoder} (the
 * handler's decoders) on a reader thread, then {@link DepthSync} and {@link L2Book} on the calling thread, with
 * the L3 model, exporters and verifications listening to the sync.
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
public final class BinanceReplay implements SyncListener, MessageHandler<DecodedRecord>
{
    private static final int SLOTS = 1024;
    private static final int DRAIN_LIMIT = 64;
    private static final int BOOK_LEVELS = 8192;
    private static final int SYNC_SLOTS = 64;
    private static final int SYNC_SLOT_LEVELS = 64;
    private static final int MAX_BUFFERED_DIFFS = 16_384;
    private static final long NO_ID = Long.MIN_VALUE;
    private static final long JOIN_TIMEOUT_MS = 10_000;
    private static final long FOREIGN_SNAPSHOT_DISTANCE = 100_000_000L;

    private final ReplayOptions options;
    private final Capture capture;
    private final PrintWriter err;
    private final ReplayWarnings warnings;
    private final long startNs = System.nanoTime();

    private Instrument instrument;
    private SyncMode mode;
    private L2Book book;
    private DepthSync sync;
    private ReplayOutputs outputs;
    private L3Model model;
    private TopOfBookWriter tob;
    private TradeFeed tradeFeed;
    private Checkpoints checkpoints;
    private Verification verification;
    private Pacer pacer;
    private ProgressLine progress;
    private DepthSnapshot continuation;
    private ReaderAgent reader;
    private Thread readerThread;
    private PooledChannel<DecodedRecord> channel;
    private DepthPassDecoder depthDecoder;

    private DecodedRecord current;
    private boolean ended;
    private boolean everLive;
    private boolean bridging;
    private boolean waitingForInlineSnapshot;
    private long bridgeId = NO_ID;
    private long rejectedSnapshotId = NO_ID;
    private long rejectedFirstU = NO_ID;
    private long firstSnapshotId = NO_ID;
    private long lastDiffU = NO_ID;
    private long diffsRead;
    private long snapshots;
    private long gaps;
    private long resyncs;
    private long bridges;

    /**
     * @param options what to replay and write.
     * @param capture the opened capture.
     * @param err     progress, warnings and summary.
     */
    public BinanceReplay(final ReplayOptions options, final Capture capture, final PrintWriter err)
    {
        this.options = options;
        this.capture = capture;
        this.err = err;
        this.warnings = new ReplayWarnings(err);
    }

    /**
     * Run the replay to the end of the capture.
     *
     * @return the counts.
     * @throws ReplayException on bad input, a gap under {@code --validate-sequence} or an output error.
     */
    public ReplayResult run()
    {
        try
        {
            setUp();
            drain();
            return finish();
        }
        catch (final IOException ex)
        {
            throw new ReplayException(ex.getMessage(), ex);
        }
        finally
        {
            closeQuietly();
        }
    }

    @Override
    public void onMessage(final DecodedRecord record)
    {
        current = record;
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
            everLive = true;
            waitingForInlineSnapshot = false;
        }
    }

    @Override
    public void onSnapshotApplied(final long lastUpdateId, final int bidLevels, final int askLevels)
    {
        if (bridging)
        {
            return;
        }
        if (firstSnapshotId == NO_ID)
        {
            firstSnapshotId = lastUpdateId;
        }
        if (model != null)
        {
            try
            {
                model.seed(book, lastUpdateId);
            }
            catch (final ReplayException ex)
            {
                throw new ReplayException(where() + ": " + ex.getMessage());
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
        if (options.validateSequence())
        {
            throw new ReplayException(where() + ": snapshot lastUpdateId " + lastUpdateId +
                " is too old for the diffs: the first diff after it starts at U=" + firstBufferedU +
                " (--validate-sequence)");
        }
        rejectedSnapshotId = lastUpdateId;
        rejectedFirstU = firstBufferedU;
        bridgeId = mode == SyncMode.SPOT ? firstBufferedU - 1 : firstBufferedU;
    }

    @Override
    public void onGap(final long expected, final long got)
    {
        gaps++;
        final String what = mode == SyncMode.SPOT ?
            "expected U <= " + expected + ", got U=" + got :
            "expected pu=" + expected + ", got pu=" + got;
        final String diff = current != null && current.type == DecodedRecord.DIFF ?
            " (diff U=" + current.diff.U() + " u=" + current.diff.u() + ")" : "";
        if (options.validateSequence())
        {
            throw new ReplayException(where() + ": gap in update ids after " + book.lastUpdateId() + ": " + what +
                diff + " (--validate-sequence)");
        }
        warnings.warn(where() + ": gap in update ids after " + book.lastUpdateId() + ": " + what + diff);
        bridgeId = mode == SyncMode.SPOT ? got - 1 : got;
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
                throw new ReplayException(where() + ": " + ex.getMessage());
            }
        }
        if (tob != null)
        {
            tob.onApplied(book);
        }
    }

    private void setUp() throws IOException
    {
        final String wanted = options.symbol() != null ? options.symbol() : capture.declaredSymbol();
        final FrameSniffer.Discovery found = FrameSniffer.sniff(capture.depth(message -> { }, true), wanted,
            capture.description());
        mode = found.mode();
        instrument = new Instrument(found.symbol(), 8, 8);
        book = new L2Book(instrument, BOOK_LEVELS);
        sync = new DepthSync(mode, 0, book, this, SYNC_SLOTS, SYNC_SLOT_LEVELS, MAX_BUFFERED_DIFFS);
        continuation = new DepthSnapshot(BOOK_LEVELS);

        final ReplayOptions.Model modelChoice = chooseModel();
        outputs = new ReplayOutputs(options, instrument, modelChoice);
        model = outputs.model(modelChoice, tradeFeed);
        if (options.tobOut() != null)
        {
            tob = new TopOfBookWriter(options.tobOut());
        }
        checkpoints = new Checkpoints(capture.checkpoints(), engineSymbols());
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
            progress = new ProgressLine(err, startNs);
        }

        depthDecoder = new DepthPassDecoder(engineSymbols(), 0);
        channel = new PooledChannel<>(SLOTS, DecodedRecord::new);
        reader = new ReaderAgent(capture.depth(warnings, options.skipBadLines()), depthDecoder, channel);
        readerThread = new Thread(reader, "replay-reader");
        readerThread.setDaemon(true);
        readerThread.start();
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

    private void drain()
    {
        final IdleStrategy idle = ReplayIdle.create();
        int sinceClock = 0;
        while (!ended)
        {
            final int drained = channel.drain(this, DRAIN_LIMIT);
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
        resolve();
    }

    private void onSnapshotRecord(final DepthSnapshot snapshot)
    {
        if (current.otherSymbolsSeen && lastDiffU != NO_ID &&
            Math.abs(snapshot.lastUpdateId() - lastDiffU) > FOREIGN_SNAPSHOT_DISTANCE)
        {
            // Inline snapshots do not name their symbol; in a capture of several symbols, one whose id is nowhere
            // near the replayed symbol's ids belongs to another.
            warnings.warn(where() + ": snapshot lastUpdateId " + snapshot.lastUpdateId() + " is far from " +
                instrument.symbol() + "'s update ids (last u=" + lastDiffU + "): taken for another symbol's, skipped");
            return;
        }
        snapshots++;
        waitingForInlineSnapshot = false;
        if (sync.state() == BookState.LIVE)
        {
            if (verification != null)
            {
                verification.onLiveSnapshot(snapshot, current.position(), book);
            }
            return;
        }
        final boolean wasLive = everLive;
        if (sync.onSnapshot(snapshot) && wasLive)
        {
            resyncs++;
        }
        resolve();
    }

    /** After each record: if the sync waits for a snapshot, find one, wait for one, bridge, or fail. */
    private void resolve()
    {
        while (sync.needsSnapshot())
        {
            if (resyncFromCheckpoint())
            {
                continue;
            }
            if (waitingForInlineSnapshot)
            {
                return;
            }
            if (snapshotFollows())
            {
                waitingForInlineSnapshot = true;
                return;
            }
            if (everLive && bridgeId != NO_ID)
            {
                bridge();
                continue;
            }
            if (firstSnapshotId == NO_ID && rejectedSnapshotId == NO_ID)
            {
                throw new ReplayException("missing snapshot: " + capture.description() +
                    " holds no depth snapshot to rebuild " + instrument.symbol() + " from");
            }
            throw new ReplayException(where() + ": snapshot lastUpdateId " + rejectedSnapshotId +
                " is too old for the diffs: the first diff after it starts at U=" + rejectedFirstU +
                "; the capture misses the updates in between, or the snapshot is of another symbol or time");
        }
    }

    private boolean snapshotFollows()
    {
        if (current == null || current.file == null)
        {
            return false;
        }
        try
        {
            return capture.snapshotAfter(current.file, current.lineNo);
        }
        catch (final IOException ex)
        {
            throw new ReplayException("scanning " + current.file + " for a later snapshot: " + ex.getMessage(), ex);
        }
    }

    /** @return true if a session checkpoint was given to the sync. */
    private boolean resyncFromCheckpoint()
    {
        final long needed = bridgeId != NO_ID ? bridgeId :
            current != null && current.type == DecodedRecord.DIFF ? current.diff.U() - 1 : NO_ID;
        if (needed == NO_ID)
        {
            return false;
        }
        final DepthSnapshot checkpoint = checkpoints.resyncCandidate(needed);
        if (checkpoint == null)
        {
            return false;
        }
        warnings.warn(where() + ": resyncing from checkpoint " + checkpoints.lastLoaded());
        bridgeId = NO_ID;
        final boolean wasLive = everLive;
        if (sync.onSnapshot(checkpoint) && wasLive)
        {
            resyncs++;
        }
        return true;
    }

    private void bridge()
    {
        warnings.warn(where() + ": no later snapshot in the capture: continuing across the gap on the current book" +
            " (as hft-rs does); it may differ from the venue's until the levels concerned change again");
        continuation.clear().symbolIndex(0).lastUpdateId(bridgeId).decimals(instrument.priceDecimals(),
            instrument.qtyDecimals());
        for (final Side side : Side.values())
        {
            final int depth = book.depth(side);
            for (int i = 0; i < depth; i++)
            {
                continuation.levels(side).add(book.priceAt(side, i), book.qtyAt(side, i));
            }
        }
        bridgeId = NO_ID;
        bridges++;
        bridging = true;
        try
        {
            sync.onSnapshot(continuation);
        }
        finally
        {
            bridging = false;
        }
    }

    private ReplayResult finish() throws IOException
    {
        if (!everLive)
        {
            if (firstSnapshotId == NO_ID && rejectedSnapshotId == NO_ID)
            {
                throw new ReplayException("missing snapshot: " + capture.description() +
                    " holds no depth snapshot to rebuild " + instrument.symbol() + " from");
            }
            if (sync.counters().applied() == 0 && diffsRead > 0)
            {
                throw new ReplayException("no diff follows the snapshot: all " + diffsRead + " diffs end at or " +
                    "before its lastUpdateId " + firstSnapshotId + " (last u=" + lastDiffU + "); the snapshot is " +
                    "of another symbol or later than the diffs");
            }
        }
        if (depthDecoder.otherSymbolFrames() > 0 && options.symbol() == null)
        {
            warnings.warn(capture.description() + " also holds " + depthDecoder.otherSymbolFrames() +
                " frames of other symbols; replayed " + instrument.symbol() + " (choose with --symbol)");
        }
        if (verification != null)
        {
            verification.finish(book);
        }
        outputs.close();
        if (tob != null)
        {
            tob.close();
        }
        if (options.finalBook() != null)
        {
            BookJson.write(book, options.finalBook());
        }
        final ReplayResult result = result();
        ReplaySummary.print(result, this, err);
        return result;
    }

    private ReplayResult result()
    {
        final long[] events = new long[EventKind.count()];
        if (model != null)
        {
            for (final EventKind kind : EventKind.values())
            {
                events[kind.ordinal()] = model.count(kind);
            }
        }
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
            gaps,
            resyncs,
            bridges,
            snapshots,
            warnings.skippedLines(),
            warnings.warnings(),
            events,
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

    /** @return the position of the record being handled, for messages. */
    private String where()
    {
        if (current == null)
        {
            return capture.description();
        }
        if (current.type == DecodedRecord.SNAPSHOT)
        {
            return current.position() + " (snapshot)";
        }
        return current.position();
    }

    private void closeQuietly()
    {
        if (reader != null)
        {
            reader.stop();
            try
            {
                readerThread.join(JOIN_TIMEOUT_MS);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }
        closeAll(tradeFeed, verification, tob, outputs);
    }

    private static void closeAll(final AutoCloseable... closeables)
    {
        for (final AutoCloseable closeable : closeables)
        {
            if (closeable != null)
            {
                try
                {
                    closeable.close();
                }
                catch (final Exception ex)
                {
                    // already failing or finished; closing read passes and flushed outputs again loses nothing
                }
            }
        }
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
