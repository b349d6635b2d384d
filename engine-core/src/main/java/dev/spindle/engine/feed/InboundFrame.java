package dev.spindle.engine.feed;

import dev.spindle.spsc.PooledChannel;

/**
 * A preallocated slot carrying one received frame (or an in-band control notice) from a WebSocket reader thread to
 * the engine through a {@link dev.spindle.spsc.PooledChannel}. The reader copies the frame's bytes in; the buffer
 * grows, on the reader thread, only for a frame larger than any the slot held before.
 * <p>
 * Fields are public so that producer and consumer fill and read them without calls; a slot belongs to the
 * producer between {@code claim} and {@code publish} and to the consumer while it is drained.
 */
public final class InboundFrame
{
    /** A market-data frame in {@link #bytes}. */
    public static final int FRAME = 0;
    /** In-band notice from the connection thread: nothing arrived for the staleness limit; books are stale. */
    public static final int STALE = 1;
    /** In-band notice from the connection thread: the connection was lost; books wait for a new subscription. */
    public static final int DISCONNECTED = 2;

    /** Frame bytes, valid from 0 to {@link #length}. */
    public byte[] bytes;
    /** Bytes of the frame. */
    public int length;
    /** {@link #FRAME} or a notice ({@link #STALE}, {@link #DISCONNECTED}). */
    public int kind;
    /** The connection the frame came on. */
    public int connectionId;
    /** Receive time, monotonic ns, stamped on the reader thread. */
    public long recvNs;
    /** Receive time, epoch ns, stamped on the reader thread. */
    public long recvEpochNs;

    /** @param initialBytes bytes held before the first growth. */
    public InboundFrame(final int initialBytes)
    {
        bytes = new byte[initialBytes];
    }

    /** Copy a frame in, growing the buffer (allocating) only if it is larger than any before. */
    public void copy(final byte[] buf, final int offset, final int len)
    {
        if (len > bytes.length)
        {
            bytes = new byte[Math.max(len, bytes.length * 2)];
        }
        System.arraycopy(buf, offset, bytes, 0, len);
        length = len;
    }

    /**
     * Producer thread: claim a slot, fill it with a received frame and publish it. Allocation-free unless the frame
     * is larger than any the slot held before.
     *
     * @param channel      the reader-to-engine channel.
     * @param connectionId the connection the frame came on.
     * @param buf          frame bytes, copied.
     * @param offset       first byte.
     * @param length       bytes.
     * @param recvNs       monotonic receive time.
     * @param recvEpochNs  wall-clock receive time.
     * @return false if no slot was free (the frame is lost for the engine).
     */
    public static boolean publishFrame(
        final PooledChannel<InboundFrame> channel,
        final int connectionId,
        final byte[] buf,
        final int offset,
        final int length,
        final long recvNs,
        final long recvEpochNs)
    {
        final InboundFrame frame = channel.claim();
        if (null == frame)
        {
            return false;
        }
        frame.kind = FRAME;
        frame.connectionId = connectionId;
        frame.recvNs = recvNs;
        frame.recvEpochNs = recvEpochNs;
        frame.copy(buf, offset, length);
        channel.publish(frame);
        return true;
    }

    /**
     * Producer thread: claim a slot and publish an in-band notice, ordered with the frames.
     *
     * @param channel      the reader-to-engine channel.
     * @param kind         {@link #STALE} or {@link #DISCONNECTED}.
     * @param connectionId the connection it concerns.
     * @param nowNs        monotonic time of the notice.
     * @param epochNs      wall-clock time of the notice.
     * @return false if no slot was free; try again later.
     */
    public static boolean publishNotice(
        final PooledChannel<InboundFrame> channel,
        final int kind,
        final int connectionId,
        final long nowNs,
        final long epochNs)
    {
        final InboundFrame frame = channel.claim();
        if (null == frame)
        {
            return false;
        }
        frame.kind = kind;
        frame.length = 0;
        frame.connectionId = connectionId;
        frame.recvNs = nowNs;
        frame.recvEpochNs = epochNs;
        channel.publish(frame);
        return true;
    }
}
