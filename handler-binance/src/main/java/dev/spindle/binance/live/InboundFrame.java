package dev.spindle.binance.live;

/**
 * A preallocated slot carrying one received frame (or an in-band control notice) from a WebSocket reader thread to
 * the engine through a {@link dev.spindle.spsc.PooledChannel}. The reader copies the frame's bytes in; the buffer
 * grows, on the reader thread, only for a frame larger than any the slot held before.
 */
final class InboundFrame
{
    /** A market-data frame in {@link #bytes}. */
    static final int FRAME = 0;
    /** In-band notice from the connection thread: nothing arrived for {@code --stale-ms}; books are stale. */
    static final int STALE = 1;

    byte[] bytes;
    int length;
    int kind;
    int connectionId;
    long recvNs;
    long recvEpochNs;

    InboundFrame(final int initialBytes)
    {
        bytes = new byte[initialBytes];
    }

    void copy(final byte[] buf, final int offset, final int len)
    {
        if (len > bytes.length)
        {
            bytes = new byte[Math.max(len, bytes.length * 2)];
        }
        System.arraycopy(buf, offset, bytes, 0, len);
        length = len;
    }
}
