package dev.spindle.hyperliquid.live;

import dev.spindle.hyperliquid.codec.SubscriptionType;

/**
 * Where the Hyperliquid live handler hands its raw input for recording (the capture), without depending on how it
 * is recorded: every received {@code l2Book} and {@code trades} frame (WebSocket reader thread) and every
 * reconnect (connection thread), which explains a discontinuity of the coin's frames.
 * <p>
 * Each producing thread gets its own {@link Producer} from {@link #newProducer} while the handler is wired up; a
 * producer is used by one thread at a time. Every producer call must copy what it needs and return at once: never
 * block, never throw for a full queue (answer false instead).
 */
public interface HyperliquidTap
{
    /** Records nothing. */
    HyperliquidTap NONE = (threadName) -> Producer.NONE;

    /**
     * Off the hot path.
     *
     * @param threadName names the producing thread, e.g. {@code hyperliquid-ws}.
     * @return a producer for one thread.
     */
    Producer newProducer(String threadName);

    /** One producing thread's way into the tap. Calls copy their arguments and never block. */
    interface Producer extends AutoCloseable
    {
        /** Records nothing. */
        Producer NONE = new Producer()
        {
            @Override
            public boolean frame(
                final int coinIndex,
                final SubscriptionType channel,
                final long recvEpochNs,
                final byte[] buf,
                final int offset,
                final int length)
            {
                return true;
            }

            @Override
            public boolean reconnect(final int coinIndex, final long epochNs, final CharSequence detail)
            {
                return true;
            }

            @Override
            public void close()
            {
            }
        };

        /**
         * A raw text frame as received.
         *
         * @param coinIndex   index of the coin in the configured order (a trades frame carries one coin).
         * @param channel     {@link SubscriptionType#L2_BOOK} or {@link SubscriptionType#TRADES}.
         * @param recvEpochNs receive time, epoch ns, stamped on the reader thread.
         * @param buf         frame bytes; copied before return.
         * @param offset      first byte.
         * @param length      number of bytes.
         * @return false if refused (the implementation counts it).
         */
        boolean frame(int coinIndex, SubscriptionType channel, long recvEpochNs, byte[] buf, int offset, int length);

        /**
         * The connection was replaced (lost, stale): the coin's frames are discontinuous here.
         *
         * @param coinIndex index of the coin.
         * @param epochNs   when it happened.
         * @param detail    short text, copied before return.
         * @return false if refused.
         */
        boolean reconnect(int coinIndex, long epochNs, CharSequence detail);

        /** Retire this producer; its thread is done with it. Idempotent. */
        @Override
        void close();
    }
}
