package dev.spindle.hyperliquid.live;

import dev.spindle.engine.feed.ws.FrameSink;
import dev.spindle.engine.feed.ws.WsConnection;

/**
 * Hyperliquid's {@link FrameSink}, one per connection: routes each frame with the connection's own
 * {@link FrameRouter} and passes it through the {@link FramePipe}; a frame refused as too large is counted by the pipe
 * (neither routed nor captured). Only l2Book and trades frames of known coins
 * count as data (a connection that delivers none does not reset the reconnect back-off).
 */
final class PipeSink implements FrameSink
{
    private final FramePipe pipe;
    private final FrameRouter router;

    PipeSink(final FramePipe pipe, final FrameRouter router)
    {
        this.pipe = pipe;
        this.router = router;
    }

    @Override
    public boolean onFrame(
        final WsConnection connection,
        final byte[] buf,
        final int offset,
        final int length,
        final long recvNs,
        final long recvEpochNs)
    {
        final boolean routed = router.route(buf, offset, length);
        pipe.onFrame(connection.id(), router, routed, buf, offset, length, recvNs, recvEpochNs);
        return routed;
    }

    @Override
    public void onOversized(final WsConnection connection, final int length)
    {
        pipe.onOversized(connection.id(), length);
    }
}
