package dev.spindle.binance.live;

/**
 * Where the live handler hands its raw input for recording (the capture), without depending on how it is
 * recorded: every received frame (WebSocket reader), every REST snapshot body (snapshot thread), and the events
 * that explain discontinuities (gaps and resyncs from the engine, reconnects from the connection thread).
 * <p>
 * Each producing thread gets its own {@link Producer} from {@link #newProducer} while the handler is wired up or a
 * thread starts; a producer is used by one thread at a time (handing it over needs a happens-before edge, e.g. a
 * lock). Every producer call must copy what it needs and return at once: never block, never throw for a full
 * queue (answer false instead).
 */
public interface FrameTap
{
    /** Records nothing. */
    FrameTap NONE = new FrameTap()
    {
        @Override
        public Producer newProducer(final String threadName)
        {
            return Producer.NONE;
        }

        @Override
        public boolean isCheckpointDue(final long nowEpochMs)
        {
            return false;
        }
    };

    /**
     * Off the hot path.
     *
     * @param threadName names the producing thread, e.g. {@code binance-ws}.
     * @return a producer for one thread.
     */
    Producer newProducer(String threadName);

    /**
     * Asked by the snapshot thread only, repeatedly: answers true at most once per checkpoint interval, and then
     * the snapshot thread fetches one extra snapshot per symbol and hands it to {@link Producer#snapshot}.
     *
     * @param nowEpochMs the current wall-clock time.
     * @return whether checkpoint snapshots are due now.
     */
    boolean isCheckpointDue(long nowEpochMs);

    /** What a ledger entry reports. */
    enum LedgerEvent
    {
        /** The depth chain skipped ids ({@code fromId..toId} are the missing ids). */
        GAP,
        /** The book was rebuilt from a snapshot ({@code toId} is its lastUpdateId, {@code fromId} where it broke). */
        RESYNC,
        /** The connection was replaced: after a drop, a stale feed, a serverShutdown or the age limit. */
        RECONNECT
    }

    /** One producing thread's way into the tap. Calls copy their arguments and never block. */
    interface Producer extends AutoCloseable
    {
        /** Records nothing. */
        Producer NONE = new Producer()
        {
            @Override
            public boolean frame(
                final int symbolIndex,
                final BinanceStream stream,
                final long recvEpochNs,
                final byte[] buf,
                final int offset,
                final int length)
            {
                return true;
            }

            @Override
            public boolean snapshot(
                final int symbolIndex,
                final long lastUpdateId,
                final long recvEpochNs,
                final byte[] buf,
                final int offset,
                final int length)
            {
                return true;
            }

            @Override
            public boolean ledger(
                final int symbolIndex,
                final LedgerEvent event,
                final long fromId,
                final long toId,
                final long epochNs,
                final CharSequence detail)
            {
                return true;
            }

            @Override
            public void close()
            {
            }
        };

        /**
         * A raw text frame as received, combined-stream wrapper included.
         *
         * @param symbolIndex index of the symbol in the configured order.
         * @param stream      which stream it belongs to.
         * @param recvEpochNs receive time, epoch ns, stamped on the reader thread.
         * @param buf         frame bytes; copied before return.
         * @param offset      first byte.
         * @param length      number of bytes.
         * @return false if refused (the implementation counts it).
         */
        boolean frame(int symbolIndex, BinanceStream stream, long recvEpochNs, byte[] buf, int offset, int length);

        /**
         * A REST depth snapshot body, byte for byte.
         *
         * @param symbolIndex  index of the symbol.
         * @param lastUpdateId its {@code lastUpdateId}.
         * @param recvEpochNs  receive time of the response, epoch ns.
         * @param buf          body bytes; copied before return.
         * @param offset       first byte.
         * @param length       number of bytes.
         * @return false if refused.
         */
        boolean snapshot(int symbolIndex, long lastUpdateId, long recvEpochNs, byte[] buf, int offset, int length);

        /**
         * An explanation of a discontinuity of the symbol's depth stream.
         *
         * @param symbolIndex index of the symbol.
         * @param event       what happened.
         * @param fromId      first id concerned, -1 when unknown.
         * @param toId        last id concerned, -1 when unknown.
         * @param epochNs     when it happened.
         * @param detail      short text, copied before return.
         * @return false if refused.
         */
        boolean ledger(int symbolIndex, LedgerEvent event, long fromId, long toId, long epochNs, CharSequence detail);

        /** Retire this producer; its thread is done with it. Idempotent. */
        @Override
        void close();
    }
}
