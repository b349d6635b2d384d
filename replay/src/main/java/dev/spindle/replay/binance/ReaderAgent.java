package dev.spindle.replay.binance;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.agrona.concurrent.IdleStrategy;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayIdle;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.spsc.PooledChannel;

/**
 * The reader thread of a replay: reads the depth pass, splits and decodes it ({@link DepthPassDecoder}) into
 * recycled slots, and publishes them in order; the replay thread applies them. Reading and parsing thus run on
 * one core while books and L3 inference run on the other. When the replay thread is behind, the reader waits for
 * free slots (backing off to short parks), so memory stays bounded. Ends with an {@code END} slot, or a
 * {@code FAILED} slot carrying the error.
 */
final class ReaderAgent implements Runnable
{
    private static final int PROGRESS_EVERY = 1024;

    private final RecordSource source;
    private final DepthPassDecoder decoder;
    private final PooledChannel<DecodedRecord> channel;
    private final IdleStrategy idle = ReplayIdle.create();
    private volatile boolean stopped;
    private volatile double progress;
    private volatile long records;

    ReaderAgent(final RecordSource source, final DepthPassDecoder decoder, final PooledChannel<DecodedRecord> channel)
    {
        this.source = source;
        this.decoder = decoder;
        this.channel = channel;
    }

    @Override
    public void run()
    {
        DecodedRecord slot = null;
        try
        {
            long count = 0;
            while (!stopped && source.next())
            {
                if (slot == null)
                {
                    slot = claim();
                    if (slot == null)
                    {
                        return;
                    }
                }
                if (decoder.decode(source, slot))
                {
                    channel.publish(slot);
                    slot = null;
                }
                if (++count % PROGRESS_EVERY == 0)
                {
                    records = count;
                    progress = source.progress();
                }
            }
            records = count;
            progress = 1.0;
            finish(slot, DecodedRecord.END, null);
        }
        catch (final IOException ex)
        {
            finish(slot, DecodedRecord.FAILED, new UncheckedIOException(ex.getMessage(), ex));
        }
        catch (final ReplayException | UncheckedIOException ex)
        {
            finish(slot, DecodedRecord.FAILED, ex);
        }
        catch (final RuntimeException ex)
        {
            finish(slot, DecodedRecord.FAILED, new ReplayException("reading " + source.file() + ":" +
                source.lineNo() + " failed: " + ex, ex));
        }
        finally
        {
            try
            {
                source.close();
            }
            catch (final IOException ex)
            {
                // the pass is over; a failed close of a read-only file loses nothing
            }
        }
    }

    /** Ask the reader to stop early (the replay failed); it stops after the current record. */
    void stop()
    {
        stopped = true;
    }

    /** @return fraction of the capture read, 0 to 1, negative if unknown; updated every 1024 records. */
    double progress()
    {
        return progress;
    }

    /** @return records read so far; updated every 1024 records. */
    long records()
    {
        return records;
    }

    private void finish(final DecodedRecord claimed, final int type, final RuntimeException failure)
    {
        final DecodedRecord slot = claimed != null ? claimed : claim();
        if (slot == null)
        {
            return;
        }
        slot.type = type;
        slot.failure = failure;
        slot.message = null;
        channel.publish(slot);
    }

    private DecodedRecord claim()
    {
        DecodedRecord slot;
        while ((slot = channel.claim()) == null)
        {
            if (stopped)
            {
                return null;
            }
            idle.idle();
        }
        idle.reset();
        return slot;
    }
}
