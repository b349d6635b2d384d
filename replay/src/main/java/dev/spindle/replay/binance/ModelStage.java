package dev.spindle.replay.binance;

import org.agrona.concurrent.IdleStrategy;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayIdle;
import dev.spindle.replay.l3.L3Model;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * Runs the L3 model on a thread of its own, behind the book, so that a replay exporting events uses both cores:
 * the reader thread decodes, the replay thread keeps the sync and the book, and this thread infers the events and
 * writes them (through the model's synchronous sink). The replay thread hands over, in order, a copy of every
 * applied diff and of every book the model is seeded from, with the record's position for error messages.
 * <p>
 * A model failure stops the stage; the replay thread sees it, with its position, at its next hand-over or at
 * {@link #finish()}. When the stage is behind, the replay thread waits for a free slot (backing off to short
 * parks), so memory stays bounded. {@link #close()} stops the thread without inferring the rest, and waits for it
 * (bounded); idempotent.
 */
final class ModelStage implements AutoCloseable
{
    private static final int SLOTS = 256;
    private static final int SLOT_LEVELS = 64;
    private static final int DRAIN_LIMIT = 64;
    private static final long JOIN_TIMEOUT_MS = 60_000;
    private static final int DIFF = 0;
    private static final int SEED = 1;
    private static final int END = 2;

    private final L3Model model;
    private final L2Book seedBook;
    private final PooledChannel<Input> channel = new PooledChannel<>(SLOTS, Input::new);
    private final IdleStrategy producerIdle = ReplayIdle.create();
    private final MessageHandler<Input> handler = this::onInput;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile ReplayException failure;
    private boolean ended;

    /**
     * Start the stage.
     *
     * @param model      the model; owned by the stage's thread from now on, until {@link #finish()} returns.
     * @param instrument the replayed instrument, for the book the model is seeded from.
     * @param bookLevels initial levels per side of that book.
     */
    ModelStage(final L3Model model, final Instrument instrument, final int bookLevels)
    {
        this.model = model;
        this.seedBook = new L2Book(instrument, bookLevels);
        this.thread = new Thread(this::run, "replay-model");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * On the replay thread: the model must start over from {@code book}.
     *
     * @param book         the book just loaded from a snapshot.
     * @param lastUpdateId the snapshot's id.
     * @param record       the record being handled, for error messages.
     */
    void seed(final L2Book book, final long lastUpdateId, final DecodedRecord record)
    {
        final Input input = claim(record, SEED);
        input.diff.clear().u(lastUpdateId);
        copyLevels(book, Side.BID, input.diff.b());
        copyLevels(book, Side.ASK, input.diff.a());
        channel.publish(input);
    }

    /**
     * On the replay thread: the book has applied {@code diff}.
     *
     * @param diff   the applied diff, copied here.
     * @param record the record being handled, for error messages.
     */
    void onDiff(final DepthUpdate diff, final DecodedRecord record)
    {
        final Input input = claim(record, DIFF);
        input.diff.copyFrom(diff);
        channel.publish(input);
    }

    /**
     * On the replay thread, at the end: wait until every diff handed over is inferred and written.
     *
     * @throws ReplayException if the model failed, or did not finish in time.
     */
    void finish()
    {
        if (!ended)
        {
            ended = true;
            channel.publish(claim(null, END));
        }
        try
        {
            thread.join(JOIN_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted while the L3 model finished");
        }
        throwIfFailed();
        if (thread.isAlive())
        {
            throw new ReplayException("the L3 model did not finish within " + JOIN_TIMEOUT_MS + " ms");
        }
    }

    @Override
    public void close()
    {
        stopped = true;
        try
        {
            thread.join(JOIN_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private Input claim(final DecodedRecord record, final int type)
    {
        Input input;
        while ((input = channel.claim()) == null)
        {
            throwIfFailed();
            if (stopped || !thread.isAlive())
            {
                throw new ReplayException("the L3 model stage stopped");
            }
            producerIdle.idle();
        }
        producerIdle.reset();
        throwIfFailed();
        input.type = type;
        input.file = record == null ? null : record.file;
        input.lineNo = record == null ? 0 : record.lineNo;
        input.atSnapshot = record != null && record.type == DecodedRecord.SNAPSHOT;
        return input;
    }

    private void throwIfFailed()
    {
        final ReplayException failed = failure;
        if (failed != null)
        {
            throw failed;
        }
    }

    private void run()
    {
        final IdleStrategy idle = ReplayIdle.create();
        try
        {
            while (!stopped)
            {
                final int drained = channel.drain(handler, DRAIN_LIMIT);
                if (drained == 0)
                {
                    idle.idle();
                }
                else
                {
                    idle.reset();
                }
            }
        }
        catch (final ReplayException ex)
        {
            failure = ex;
        }
        catch (final RuntimeException ex)
        {
            failure = new ReplayException("L3 model failed: " + ex, ex);
        }
    }

    private void onInput(final Input input)
    {
        try
        {
            switch (input.type)
            {
                case DIFF:
                    model.onDiff(input.diff);
                    break;
                case SEED:
                    seedBook.clear();
                    load(input.diff.b(), Side.BID);
                    load(input.diff.a(), Side.ASK);
                    seedBook.lastUpdateId(input.diff.u());
                    model.seed(seedBook, input.diff.u());
                    break;
                default:
                    stopped = true;
                    break;
            }
        }
        catch (final ReplayException ex)
        {
            throw new ReplayException(input.position() + ": " + ex.getMessage());
        }
    }

    private void load(final PriceLevels levels, final Side side)
    {
        for (int i = 0; i < levels.count(); i++)
        {
            seedBook.set(side, levels.price(i), levels.qty(i));
        }
    }

    private static void copyLevels(final L2Book book, final Side side, final PriceLevels into)
    {
        final int depth = book.depth(side);
        for (int i = 0; i < depth; i++)
        {
            into.add(book.priceAt(side, i), book.qtyAt(side, i));
        }
    }

    /** One hand-over: a diff, or a book to seed from (its levels in the diff's level lists), or the end. */
    private static final class Input
    {
        final DepthUpdate diff = new DepthUpdate(SLOT_LEVELS);
        int type;
        String file;
        long lineNo;
        boolean atSnapshot;

        String position()
        {
            return file + ":" + lineNo + (atSnapshot ? " (snapshot)" : "");
        }
    }
}
