package dev.spindle.tools.sim.hyperliquid.ws;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

import dev.spindle.hyperliquid.codec.FrameDecoder;
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
public final class SimWebSocketServer extends WebSocketServer
{
    private static final String PATH = "/ws";

    private final CopyOnWriteArrayList<SimConnection> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Requests requests;
    private final SimCounters counters;
    private volatile Exception startFailure;

    /**
     * @param address  bind address; port 0 picks an ephemeral port.
     * @param market   the published state subscriptions are served from.
     * @param counters where connection and request counts go.
     */
    public SimWebSocketServer(final InetSocketAddress address, final SimMarket market, final SimCounters counters)
    {
        super(address, 1);
        this.requests = new Requests(market, counters);
        this.counters = counters;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    /**
     * Start and wait until the socket is bound.
     *
     * @throws IllegalStateException if binding failed or took longer than {@code timeoutMs}.
     */
    public void startAndAwait(final long timeoutMs)
    {
        start();
        try
        {
            if (!started.await(timeoutMs, TimeUnit.MILLISECONDS))
            {
                throw new IllegalStateException("WebSocket server did not start within " + timeoutMs + " ms");
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the WebSocket server", ex);
        }
        if (startFailure != null)
        {
            throw new IllegalStateException("WebSocket server cannot listen on " + getAddress() + ": " +
                startFailure.getMessage(), startFailure);
        }
    }

    /** @return the open connections, safe to iterate from any thread. */
    public List<SimConnection> connections()
    {
        return connections;
    }

    /** Queue {@code frame} on every subscribed connection; called by the sender under the market lock. */
    public void broadcast(final SimFrame frame)
    {
        int copies = 0;
        for (final SimConnection c : connections)
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
        for (final SimConnection c : connections)
        {
            c.sendText(text);
        }
    }

    /** @return true if some connection has at least one subscription. */
    public boolean hasSubscriber()
    {
        for (final SimConnection c : connections)
        {
            if (c.hasSubscriptions())
            {
                return true;
            }
        }
        return false;
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
        for (final SimConnection c : connections)
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

    /** Drop every connection's TCP socket without a close frame. */
    public void abortAll()
    {
        for (final SimConnection c : connections)
        {
            c.abort("simulated disconnect");
        }
    }

    /** Close every connection with a close frame. */
    public void closeAll(final int code, final String reason)
    {
        for (final SimConnection c : connections)
        {
            c.close(code, reason);
        }
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
        conn.setAttachment(connection);
        connections.add(connection);
        counters.onConnectionOpened();
        connection.sendText(FrameDecoder.GREETING);
    }

    @Override
    public void onClose(final WebSocket conn, final int code, final String reason, final boolean remote)
    {
        if (conn.getAttachment() instanceof SimConnection connection && connections.remove(connection))
        {
            counters.onConnectionClosed();
        }
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
    public void onError(final WebSocket conn, final Exception ex)
    {
        if (conn == null)
        {
            startFailure = ex;
            started.countDown();
        }
    }

    @Override
    public void onStart()
    {
        started.countDown();
    }
}
