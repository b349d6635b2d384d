package dev.spindle.replay.export;

import org.agrona.concurrent.IdleStrategy;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayIdle;
import dev.spindle.replay.l3.EventRecords;
import dev.spindle.replay.l3.L3Event;
import dev.spindle.replay.l3.RecordSink;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * Moves event encoding (JSON text or Kryo) off the replay thread: events are copied as 8 longs each into recycled
 * batches, handed over an SPSC {@link PooledChannel} and written by a writer thread of its own, so formatting runs on
 * the second core while the replay thread rebuilds the book. Order is kept. When every batch is in flight the
 * replay thread waits (backing off), so memory stays bounded.
 * <p>
 * {@link #onEvent} and {@link #onRecord} from one thread only. A failure of the target (a full disk) is rethrown on
 * the replay thread at the next batch hand-over, or by {@link #close()}, which drains, joins the writer thread and
 * closes the target.
 */
public final class AsyncEventSink implements RecordSink, AutoCloseable
{
    private static final int LONGS_PER_EVENT = EventRecords.LONGS;
    private static final int EVENTS_PER_BATCH = 8192;
    private static final int BATCHES = 8;
    private static final long JOIN_TIMEOUT_MS = 60_000;

    private final RecordWriter target;
    private final PooledChannel<Batch> channel = new PooledChannel<>(BATCHES, Batch::new);
    private final IdleStrategy producerIdle = ReplayIdle.create();
    private final Thread thread;
    private Batch batch;
    private volatile Throwable failure;
    private boolean closed;

    /**
     * @param target     the writer, called on the writer thread only and closed once every event is written.
     * @param threadName name of the writer thread.
     */
    public AsyncEventSink(final RecordWriter target, final String threadName)
    {
        this.target = target;
        this.thread = new Thread(this::writeLoop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void onEvent(final L3Event event)
    {
        Batch b = batch;
        if (b == null)
        {
            b = claim();
        }
        EventRecords.pack(event, b.data, b.count * LONGS_PER_EVENT);
        added(b);
    }

    @Override
    public void onRecord(
        final long sequence, final long timestampMs, final long priceTicks, final long orderId, final long qty,
        final long remainingOrMissing, final long flags, final long refs)
    {
        Batch b = batch;
        if (b == null)
        {
            b = claim();
        }
        EventRecords.put(b.data, b.count * LONGS_PER_EVENT, sequence, timestampMs, priceTicks, orderId, qty,
            remainingOrMissing, flags, refs);
        added(b);
    }

    /** Write out every event handed over, stop the writer thread and close the target. Idempotent. */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        final Batch last = batch != null ? batch : claim();
        batch = null;
        last.end = true;
        channel.publish(last);
        try
        {
            thread.join(JOIN_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        try
        {
            target.close();
        }
        catch (final Exception ex)
        {
            if (failure == null)
            {
                failure = ex;
            }
        }
        rethrow();
    }

    /** Count the event just packed into {@code b}, handing the batch over once full. */
    private void added(final Batch b)
    {
        if (++b.count == EVENTS_PER_BATCH)
        {
            channel.publish(b);
            batch = null;
        }
        else
        {
            batch = b;
        }
    }

    private Batch claim()
    {
        rethrow();
        Batch b;
        while ((b = channel.claim()) == null)
        {
            producerIdle.idle();
            rethrow();
        }
        producerIdle.reset();
        b.count = 0;
        b.end = false;
        return b;
    }

    private void rethrow()
    {
        final Throwable f = failure;
        if (f != null)
        {
            throw f instanceof ReplayException ? (ReplayException)f :
                new ReplayException("writing events failed: " + f.getMessage(), f);
        }
    }

    private void writeLoop()
    {
        final IdleStrategy idle = ReplayIdle.create();
        final boolean[] ended = new boolean[1];
        final MessageHandler<Batch> handler = b -> write(b, ended);
        while (!ended[0])
        {
            final int drained = channel.drain(handler, 1);
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

    private void write(final Batch b, final boolean[] ended)
    {
        if (failure == null)
        {
            try
            {
                target.writeRecords(b.data, b.count);
            }
            catch (final RuntimeException | Error ex)
            {
                failure = ex;
            }
        }
        ended[0] = b.end;
    }

    /** A batch of events, 8 longs each. */
    private static final class Batch
    {
        final long[] data = new long[EVENTS_PER_BATCH * LONGS_PER_EVENT];
        int count;
        boolean end;
    }
}
