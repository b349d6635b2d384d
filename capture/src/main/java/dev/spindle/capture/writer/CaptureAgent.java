package dev.spindle.capture.writer;

import java.io.IOException;

import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentTerminationException;
import org.agrona.concurrent.EpochClock;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.Rotation;
import dev.spindle.capture.SessionLayout;
import dev.spindle.spsc.MessageHandler;

/**
 * The capture thread's work: drain every producer, write lines, snapshots and ledger entries, flush and rewrite
 * metadata every flush interval, rotate parts at UTC boundaries. On the first I/O error it stops the whole capture
 * (ERROR ledger entry, listener, metadata state FAILED when still possible) and ends its thread; producers keep
 * returning at once from then on.
 */
final class CaptureAgent implements Agent, MessageHandler<CaptureRecord>
{
    private static final int DRAIN_LIMIT = 256;
    private static final long CLOSE_GRACE_MS = 5;

    private final CaptureConfig config;
    private final CaptureListener listener;
    private final EpochClock clock;
    private final CaptureStatus status;
    private final CaptureCounters counters;
    private final ProducerRegistry registry;
    private final SessionWriter[] sessions;
    private final CaptureProducer.PendingDropHandler pendingDrops = this::onPendingDrop;
    private long nowEpochMs;
    private long lastFlushEpochMs;
    private long nextRotationEpochMs;
    private String currentProducer = "";
    private Exception failure;
    private volatile boolean failed;

    CaptureAgent(
        final CaptureConfig config,
        final CaptureListener listener,
        final EpochClock clock,
        final CaptureStatus status,
        final CaptureCounters counters,
        final ProducerRegistry registry,
        final SessionWriter[] sessions,
        final long startEpochMs)
    {
        this.config = config;
        this.listener = listener;
        this.clock = clock;
        this.status = status;
        this.counters = counters;
        this.registry = registry;
        this.sessions = sessions;
        this.nowEpochMs = startEpochMs;
        this.lastFlushEpochMs = startEpochMs;
        this.nextRotationEpochMs = config.rotate().nextBoundaryMs(startEpochMs);
    }

    @Override
    public String roleName()
    {
        return "spindle-capture";
    }

    @Override
    public int doWork()
    {
        nowEpochMs = clock.time();
        int work = 0;
        try
        {
            if (Rotation.NONE != config.rotate() && nowEpochMs - nextRotationEpochMs >= 0)
            {
                rotate();
                work++;
            }
            for (final CaptureProducer producer : registry.producers())
            {
                final boolean retiring = producer.isClosed();
                work += drain(producer, DRAIN_LIMIT);
                if (retiring && 0 == producer.channel().size())
                {
                    takePendingDrops(producer);
                    registry.remove(producer);
                }
                throwIfFailed();
            }
            if (nowEpochMs - lastFlushEpochMs >= config.flushMs())
            {
                flush();
                work++;
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            fail(ex);
            throw new AgentTerminationException(ex.getMessage());
        }
        return work;
    }

    /** Drains, completes and closes everything; records the end. Runs on the capture thread when it ends. */
    @Override
    public void onClose()
    {
        nowEpochMs = clock.time();
        if (failed)
        {
            discardQueued();
            return;
        }
        try
        {
            drainAll();
            // a producer that saw the capture still running just before close() publishes within microseconds:
            // give it that long, so nothing it was told was accepted gets left in its queue
            sleepQuietly(CLOSE_GRACE_MS);
            drainAll();
            for (final CaptureProducer producer : registry.producers())
            {
                takePendingDrops(producer);
            }
            for (final SessionWriter session : sessions)
            {
                session.close(nowEpochMs);
            }
            for (final SessionWriter session : sessions)
            {
                session.writeMetadata(nowEpochMs);
            }
            counters.addFlush();
        }
        catch (final IOException | RuntimeException ex)
        {
            fail(ex);
            discardQueued();
        }
    }

    @Override
    public void onMessage(final CaptureRecord record)
    {
        if (null != failure)
        {
            counters.addDiscardedOnFailure();
            return;
        }
        try
        {
            final SessionWriter session = sessions[record.session];
            switch (record.type)
            {
                case CaptureRecord.FRAME:
                    session.frame(record, nowEpochMs);
                    break;
                case CaptureRecord.SNAPSHOT:
                    session.snapshot(record);
                    break;
                case CaptureRecord.LEDGER:
                    session.ledger(record);
                    break;
                case CaptureRecord.DROP:
                    session.drop(record.slot, record.count, record.epochNs, record.endEpochNs, currentProducer);
                    break;
                default:
                    throw new IllegalStateException("unknown capture record type " + record.type);
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            failure = ex;
        }
    }

    boolean hasFailed()
    {
        return failed;
    }

    private void takePendingDrops(final CaptureProducer producer)
    {
        currentProducer = producer.name();
        producer.takePendingDrops(pendingDrops);
    }

    private void drainAll() throws IOException
    {
        for (final CaptureProducer producer : registry.producers())
        {
            while (drain(producer, Integer.MAX_VALUE) > 0)
            {
                throwIfFailed();
            }
        }
        throwIfFailed();
    }

    private static void sleepQuietly(final long ms)
    {
        try
        {
            Thread.sleep(ms);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private int drain(final CaptureProducer producer, final int limit)
    {
        currentProducer = producer.name();
        return producer.channel().drain(this, limit);
    }

    private void onPendingDrop(
        final int session, final int slot, final long count, final long firstEpochNs, final long lastEpochNs)
    {
        sessions[session].drop(slot, count, firstEpochNs, lastEpochNs, currentProducer);
    }

    private void throwIfFailed() throws IOException
    {
        if (null != failure)
        {
            final Exception ex = failure;
            if (ex instanceof IOException)
            {
                throw (IOException)ex;
            }
            throw (RuntimeException)ex;
        }
    }

    private void rotate() throws IOException
    {
        // lines already queued belong to the period that just ended
        for (final CaptureProducer producer : registry.producers())
        {
            drain(producer, Integer.MAX_VALUE);
        }
        throwIfFailed();
        for (final SessionWriter session : sessions)
        {
            session.rotate(nowEpochMs);
        }
        for (final SessionWriter session : sessions)
        {
            session.writeMetadata(nowEpochMs);
        }
        counters.addRotation();
        nextRotationEpochMs = config.rotate().nextBoundaryMs(nowEpochMs);
    }

    private void flush() throws IOException
    {
        for (final SessionWriter session : sessions)
        {
            session.flush();
        }
        // metadata after the data, so its counts never exceed what the files hold
        for (final SessionWriter session : sessions)
        {
            session.writeMetadataIfDirty(nowEpochMs);
        }
        lastFlushEpochMs = nowEpochMs;
        counters.addFlush();
    }

    private void fail(final Exception cause)
    {
        failure = cause;
        failed = true;
        status.stop();
        counters.addIoError();
        final String what = "capture stopped: " + cause.getMessage();
        listener.onError(what, cause);
        for (final SessionWriter session : sessions)
        {
            session.fail(nowEpochMs, what);
            try
            {
                session.writeMetadata(nowEpochMs);
            }
            catch (final IOException | RuntimeException ex)
            {
                listener.onError("cannot record the failure in " + session.session().directory() + "/" +
                    SessionLayout.METADATA + ": " + ex.getMessage(), ex);
            }
        }
    }

    private void discardQueued()
    {
        for (final CaptureProducer producer : registry.producers())
        {
            while (drain(producer, Integer.MAX_VALUE) > 0)
            {
                // onMessage counts each discarded message
            }
        }
    }
}
