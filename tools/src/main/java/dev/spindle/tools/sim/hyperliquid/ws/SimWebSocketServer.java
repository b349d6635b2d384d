package dev.spindle.tools.sim.hyperliquid.ws;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;

import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;

import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.tools.sim.SimWsServer;
import dev.spindle.tools.sim.hyperliquid.SimCounters;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;
import dev.spindle.tools.sim.hyperliquid.market.SimMarket;

/**
 * The WebSocket side of the Hyperliquid simulator, on Java-WebSocket (one selector thread, one decoder thread):
 * accepts upgrades on {@code /ws} only, greets every connection with the plain-text
 * {@value FrameDecoder#GREETING}, answers client messages ({@link Requests}) and keeps the list of open
 * connections for the sender thread, which publishes frames and closes idle connections. Its own
 * connection-lost timer is off: the idle rule is Hyperliquid's (no client message for 60 s).
 */
public final class SimWebSocketServer extends SimWsServer<SimConnection>
{
    private static final String PATH = "/ws";

    private final Requests requests;
    private final SimCounters counters;

    /**
     * @param address  bind address; port 0 picks an ephemeral port.
     * @param market   the published state subscriptions are served from.
     * @param counters where connection and request counts go.
     */
    public SimWebSocketServer(final InetSocketAddress address, final SimMarket market, final SimCounters counters)
    {
        super(address);
        this.requests = new Requests(market, counters);
        this.counters = counters;
    }

    /** Queue {@code frame} on every subscribed connection; called by the sender under the market lock. */
    public void broadcast(final SimFrame frame)
    {
        int copies = 0;
        for (final SimConnection c : connections())
        {
            copies += c.sendIfSubscribed(frame);
        }
        if (frame.kind() == SimFrame.Kind.L2_BOOK)
        {
            counters.onBookFramesSent(copies);
        }
        else
        {
            counters.onTradeFramesSent(copies);
        }
    }

    /** Send {@code text} as a text frame to every connection, subscribed or not (fault injection). */
    public void sendToAll(final String text)
    {
        for (final SimConnection c : connections())
        {
            c.sendText(text);
        }
    }

    /**
     * Close every connection whose client has been silent for {@code idleNs} (Hyperliquid: 60 s), with a normal
     * close frame.
     *
     * @param nowNs {@link System#nanoTime()} read once by the caller.
     * @return when the next connection would turn idle.
     */
    public long closeIdle(final long nowNs, final long idleNs)
    {
        long nextNs = nowNs + idleNs;
        for (final SimConnection c : connections())
        {
            final long deadlineNs = c.lastClientMessageNs() + idleNs;
            if (nowNs - deadlineNs >= 0)
            {
                if (c.isOpen())
                {
                    counters.onIdleClose();
                    c.close(CloseFrame.NORMAL, "no message from the client for " + idleNs / 1_000_000 + " ms");
                }
            }
            else if (deadlineNs - nextNs < 0)
            {
                nextNs = deadlineNs;
            }
        }
        return nextNs;
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
        final WebSocket conn, final Draft draft, final ClientHandshake request) throws InvalidDataException
    {
        final ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        final String path = URI.create(request.getResourceDescriptor()).getPath();
        if (!PATH.equals(path))
        {
            counters.onHandshakeRejected();
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "no WebSocket endpoint at " + path +
                "; use " + PATH);
        }
        return response;
    }

    @Override
    public void onOpen(final WebSocket conn, final ClientHandshake handshake)
    {
        final SimConnection connection = new SimConnection(conn, System.nanoTime());
        register(conn, connection);
        counters.onConnectionOpened();
        connection.sendText(FrameDecoder.GREETING);
    }

    @Override
    public void onMessage(final WebSocket conn, final String message)
    {
        if (conn.getAttachment() instanceof SimConnection connection)
        {
            requests.handle(connection, message, System.nanoTime());
        }
    }

    @Override
    public void onMessage(final WebSocket conn, final ByteBuffer message)
    {
        // The venue speaks text only; binary frames are ignored and do not count as client activity.
    }

    @Override
    protected void onConnectionClosed()
    {
        counters.onConnectionClosed();
    }
}
