package dev.spindle.tools.sim;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.server.WebSocketServer;

/**
 * The lifecycle every simulator's WebSocket server shares, on Java-WebSocket (one selector thread, one decoder
 * thread): bind and wait for the bind, keep the list of open connections for the sender thread, close or abort
 * them all. Java-WebSocket's own connection-lost timer is off: each venue drives its own heartbeat or idle rule.
 * The venue subclass validates handshakes, builds its connection in {@code onOpen} and answers client messages.
 *
 * @param <C> the venue's connection type, kept as the socket's attachment once open.
 */
public abstract class SimWsServer<C extends SimWsConnection> extends WebSocketServer
{
    private final CopyOnWriteArrayList<C> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    /**
     * @param address bind address; port 0 picks an ephemeral port.
     */
    protected SimWsServer(final InetSocketAddress address)
    {
        super(address, 1);
        setReuseAddr(true);
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    /**
     * Start and wait until the socket is bound.
     *
     * @param timeoutMs how long to wait.
     * @throws IllegalStateException if binding failed or took too long.
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

    /** @return the open connections; a snapshot-safe list for iteration from any thread. */
    public List<C> connections()
    {
        return connections;
    }

    /** Drop every connection's TCP socket without a close frame. */
    public void abortAll()
    {
        for (final C c : connections)
        {
            c.abort("simulated disconnect");
        }
    }

    /**
     * Close every connection with a close frame.
     *
     * @param code   WebSocket close code, e.g. 1001.
     * @param reason close reason (at most 123 bytes).
     */
    public void closeAll(final int code, final String reason)
    {
        for (final C c : connections)
        {
            c.close(code, reason);
        }
    }

    /** @return true if some connection has at least one subscription. */
    public boolean hasSubscriber()
    {
        for (final C c : connections)
        {
            if (c.hasSubscriptions())
            {
                return true;
            }
        }
        return false;
    }

    /**
     * Attach {@code connection} to its socket and add it to the open list; called from the subclass's
     * {@code onOpen}.
     *
     * @param conn       the socket.
     * @param connection the venue's connection for it.
     */
    protected final void register(final WebSocket conn, final C connection)
    {
        conn.setAttachment(connection);
        connections.add(connection);
    }

    /** Called once for each registered connection that closes, on a WebSocket thread (e.g. to count it). */
    protected abstract void onConnectionClosed();

    @Override
    public final void onClose(final WebSocket conn, final int code, final String reason, final boolean remote)
    {
        final Object attachment = conn.getAttachment();
        if (attachment != null && connections.remove(attachment))
        {
            onConnectionClosed();
        }
    }

    @Override
    public final void onError(final WebSocket conn, final Exception ex)
    {
        if (conn == null)
        {
            startFailure = ex;
            started.countDown();
        }
    }

    @Override
    public final void onStart()
    {
        started.countDown();
    }
}
