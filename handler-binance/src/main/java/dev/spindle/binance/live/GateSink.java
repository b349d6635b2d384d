package dev.spindle.binance.live;

import dev.spindle.engine.feed.ws.FrameSink;
import dev.spindle.engine.feed.ws.WsConnection;

/**
 * Binance's {@link FrameSink}, one per connection: routes each frame with the connection's own {@link FrameRouter},
 * flags a {@code serverShutdown} notice on the connection, and passes the frame through the shared
 * {@link FrameGate}. A frame refused as too large is counted by the gate
 * as oversized (neither routed nor captured). Every other text frame counts as data.
 */
final class GateSink implements FrameSink
{
    private final FrameGate gate;
    private final FrameRouter router;

    GateSink(final FrameGate gate, final FrameRouter router)
    {
        this.gate = gate;
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
        if (router.serverShutdown)
        {
            connection.noticeShutdown();
        }
        gate.onFrame(connection.id(), router, routed, buf, offset, length, recvNs, recvEpochNs);
        return true;
    }

    @Override
    public void onOversized(final WsConnection connection, final int length)
    {
        gate.onOversized(connection.id(), length);
    }
}
