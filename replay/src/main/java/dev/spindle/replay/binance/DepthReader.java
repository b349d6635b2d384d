package dev.spindle.replay.binance;

import dev.spindle.replay.input.RecordSource;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * The reader side of a Binance replay: a {@link ReaderAgent} on its own daemon thread decoding the depth pass into
 * a {@link PooledChannel}, which the replay thread drains. {@link #close()} stops the reader and waits for it
 * (bounded); idempotent.
 */
final class DepthReader implements AutoCloseable
{
    private static final int SLOTS = 1024;
    private static final int DRAIN_LIMIT = 64;
    private static final long JOIN_TIMEOUT_MS = 10_000;

    private final DepthPassDecoder decoder;
    private final PooledChannel<DecodedRecord> channel = new PooledChannel<>(SLOTS, DecodedRecord::new);
    private final ReaderAgent agent;
    private final Thread thread;

    /**
     * Start reading.
     *
     * @param source  the depth pass; the reader thread owns it from now on.
     * @param decoder decodes the replayed symbol's frames.
     */
    DepthReader(final RecordSource source, final DepthPassDecoder decoder)
    {
        this.decoder = decoder;
        this.agent = new ReaderAgent(source, decoder, channel);
        this.thread = new Thread(agent, "replay-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * On the replay thread: hand the next decoded records to {@code handler}.
     *
     * @return records handled, 0 if none was ready.
     */
    int drain(final MessageHandler<DecodedRecord> handler)
    {
        return channel.drain(handler, DRAIN_LIMIT);
    }

    /** @return fraction of the capture read, 0 to 1, negative if unknown. */
    double progress()
    {
        return agent.progress();
    }

    /** @return frames of other symbols the decoder skipped. */
    long otherSymbolFrames()
    {
        return decoder.otherSymbolFrames();
    }

    @Override
    public void close()
    {
        agent.stop();
        try
        {
            thread.join(JOIN_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
