package dev.spindle.hyperliquid.live;

import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.spsc.PooledChannel;

/**
 * The one way from the WebSocket reader thread to the engine and the capture: each frame of the current
 * connection is handed to the capture tap (l2Book and trades frames, routed to their coin) and copied into a
 * frame slot for the engine; in-band notices of the connection thread ({@link InboundFrame#STALE},
 * {@link InboundFrame#DISCONNECTED}) go through the same slots, so the engine sees them in order with the frames.
 * <p>
 * Frames of any connection but the current one are refused: a replaced connection's reading thread may still
 * deliver a last frame after the engine was told the connection is gone. A lock serialises the reader thread with
 * the connection thread, which keeps the frame channel and the capture producer single-producer; it is
 * uncontended except at a reconnect.
 */
final class FramePipe
{
    /** No connection. */
    static final int NONE = -1;

    private final PooledChannel<InboundFrame> channel;
    private final HyperliquidTap.Producer tap;
    private int current = NONE;
    private boolean closed;
    private long inboundDrops;
    private long tapDrops;
    private long oversized;
    private int largestOversized;

    /**
     * @param channel frame slots to the engine; this pipe is its only producer.
     * @param tap     receives every l2Book and trades frame.
     */
    FramePipe(final PooledChannel<InboundFrame> channel, final HyperliquidTap.Producer tap)
    {
        this.channel = channel;
        this.tap = tap;
    }

    /**
     * A reader thread received a text frame.
     *
     * @param connectionId the connection it came on.
     * @param route        the frame's routing, already read by the caller.
     * @param routed       what {@link FrameRouter#route} answered: whether it goes to the capture.
     * @return true if the engine got it.
     */
    synchronized boolean onFrame(
        final int connectionId,
        final FrameRouter route,
        final boolean routed,
        final byte[] buf,
        final int offset,
        final int length,
        final long recvNs,
        final long recvEpochNs)
    {
        if (closed || connectionId != current)
        {
            return false;
        }
        if (routed && !tap.frame(route.coinIndex, route.channel, recvEpochNs, buf, offset, length))
        {
            tapDrops++;
        }
        if (!InboundFrame.publishFrame(channel, connectionId, buf, offset, length, recvNs, recvEpochNs))
        {
            inboundDrops++;
            return false;
        }
        return true;
    }

    /**
     * A reader thread received a text frame longer than the handler accepts: it is refused (neither captured nor
     * given to the engine) and counted. The next l2Book replaces the book, so nothing needs resynchronising.
     *
     * @param connectionId the connection it came on.
     * @param length       its length in bytes.
     */
    synchronized void onOversized(final int connectionId, final int length)
    {
        if (!closed && connectionId == current)
        {
            oversized++;
            largestOversized = Math.max(largestOversized, length);
        }
    }

    /** @param connectionId the connection whose frames are let through from now on, or {@link #NONE}. */
    synchronized void current(final int connectionId)
    {
        current = connectionId;
    }

    /**
     * Hand an in-band notice to the engine, ordered with the frames.
     *
     * @param kind {@link InboundFrame#STALE} or {@link InboundFrame#DISCONNECTED}.
     * @return false if no slot was free; try again later.
     */
    synchronized boolean publishNotice(final int kind, final long nowNs, final long epochNs)
    {
        return closed || InboundFrame.publishNotice(channel, kind, current, nowNs, epochNs);
    }

    /** Refuse every frame from now on: reading has stopped. Idempotent. */
    synchronized void close()
    {
        closed = true;
        current = NONE;
    }

    /** @return frames lost because every engine slot was in use. */
    synchronized long inboundDrops()
    {
        return inboundDrops;
    }

    /** @return frames refused as larger than the handler accepts. */
    synchronized long oversized()
    {
        return oversized;
    }

    /** @return the size in bytes of the largest frame refused as oversized, 0 if none. */
    synchronized int largestOversized()
    {
        return largestOversized;
    }

    /** @return frames the tap refused. */
    synchronized long tapDrops()
    {
        return tapDrops;
    }
}
