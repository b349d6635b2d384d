package dev.spindle.engine.feed;

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
}
