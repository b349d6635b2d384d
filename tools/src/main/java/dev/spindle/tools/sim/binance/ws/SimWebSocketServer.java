package dev.spindle.tools.sim.binance.ws;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.function.Predicate;

import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;

import dev.spindle.tools.sim.SimWsServer;
import dev.spindle.tools.sim.binance.SimCounters;
import dev.spindle.tools.sim.binance.source.SimFrame;

/**
 * The WebSocket side of the Binance simulator, on Java-WebSocket (one selector thread, one decoder thread).
 * <p>
 * Validates the URL at the handshake (unknown path or stream name: the upgrade is refused), keeps the list of
 * open connections for the sender thread and answers control messages. Its own connection-lost timer is off:
 * heartbeats follow Binance's rules and are driven by {@link ConnectionKeeper} on the sender thread.
 */
public final class SimWebSocketServer extends SimWsServer<SimConnection>
{
    private final Predicate<String> validStream;
    private final ControlRequests control;
    private final SimCounters counters;

    /**
     * @param address     bind address; port 0 picks an ephemeral port.
     * @param validStream accepts the stream names the simulator serves.
     * @param counters    where connection and control counts go.
     */
    public SimWebSocketServer(
        final InetSocketAddress address, final Predicate<String> validStream, final SimCounters counters)
    {
        super(address);
        this.validStream = validStream;
        this.control = new ControlRequests(validStream);
        this.counters = counters;
    }

    /**
     * Queue {@code frame} on every connection subscribed to its stream, in the form each one asked for.
     * Called by the sender thread only, so frames of one stream keep their order.
     *
     * @param frame the frame to send.
     */
    public void broadcast(final SimFrame frame)
    {
        for (final SimConnection c : connections())
        {
            if (c.sendIfSubscribed(frame.stream(), frame.combined(), frame.payload()))
            {
                counters.onFrameSent(frame.stream());
            }
        }
    }

    /**
     * Send a system event every connection receives without subscribing (e.g. {@code serverShutdown}).
     *
     * @param stream   the stream name used in the combined wrapper, e.g. {@code !serverShutdown}.
     * @param payload  the bare JSON payload.
     */
    public void broadcastSystemEvent(final String stream, final String payload)
    {
        final String combined = "{\"stream\":\"" + stream + "\",\"data\":" + payload + "}";
        for (final SimConnection c : connections())
        {
            if (c.sendText(c.isCombined() ? combined : payload))
            {
                counters.onFrameSent(stream);
            }
        }
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
        final WebSocket conn, final Draft draft, final ClientHandshake request) throws InvalidDataException
    {
        final ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        try
        {
            conn.setAttachment(StreamPath.parse(request.getResourceDescriptor(), validStream));
        }
        catch (final IllegalArgumentException ex)
        {
            counters.onHandshakeRejected();
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, ex.getMessage());
        }
        return response;
    }

    @Override
    public void onOpen(final WebSocket conn, final ClientHandshake handshake)
    {
        final StreamPath path = conn.getAttachment();
        final SimConnection connection = new SimConnection(conn, path.combined(), path.streams(), System.nanoTime());
        register(conn, connection);
        counters.onConnectionOpened();
    }

    @Override
    public void onMessage(final WebSocket conn, final String message)
    {
        if (conn.getAttachment() instanceof SimConnection connection)
        {
            counters.onControlRequest();
            control.handle(connection, message);
        }
    }

    @Override
    public void onMessage(final WebSocket conn, final ByteBuffer message)
    {
        // Binance ignores binary frames on market-data streams; so does the simulator.
    }

    @Override
    public void onWebsocketPong(final WebSocket conn, final Framedata frame)
    {
        if (conn.getAttachment() instanceof SimConnection connection)
        {
            connection.onPong(frame.getPayloadData());
        }
    }

    @Override
    protected void onConnectionClosed()
    {
        counters.onConnectionClosed();
    }
}
