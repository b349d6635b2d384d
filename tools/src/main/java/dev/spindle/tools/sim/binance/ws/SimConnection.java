package dev.spindle.tools.sim.binance.ws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.PingFrame;
import org.java_websocket.framing.TextFrame;

import dev.spindle.tools.sim.SimWsConnection;

/**
 * One client connection: its subscriptions and its heartbeat/lifetime bookkeeping.
 * <p>
 * Subscriptions and the combined flag are changed by WebSocket threads (control messages) and read by the
 * sender thread; both sides go through this object's lock so control replies and frames keep a clear order. Heartbeat and scheduled-close fields belong to the sender thread
 * ({@link ConnectionKeeper}), except {@link #onPong(ByteBuffer)}, which publishes through a volatile.
 */
public final class SimConnection implements SimWsConnection
{
    static final long NONE = Long.MIN_VALUE;

    private final WebSocket socket;
    private final Set<String> streams = ConcurrentHashMap.newKeySet();
    private final long openedNs;
    private volatile boolean combined;
    private volatile long lastPongSeq = NONE;

    long nextPingNs;
    long pingSeq;
    long ackedPingSeq;
    long lastPingSentNs;
    long oldestUnansweredPingNs = NONE;
    long closeAtNs = NONE;

    SimConnection(final WebSocket socket, final boolean combined, final List<String> streams, final long openedNs)
    {
        this.socket = socket;
        this.combined = combined;
        this.streams.addAll(streams);
        this.openedNs = openedNs;
    }

    /** @return true if the client has at least one subscription. */
    @Override
    public boolean hasSubscriptions()
    {
        return !streams.isEmpty();
    }

    /** @return a copy of the subscriptions. */
    Set<String> subscriptions()
    {
        return Set.copyOf(streams);
    }

    /**
     * Queue {@code frame} if the client is subscribed to {@code stream}, in the form it asked for. Atomic with
     * respect to {@link #changeSubscriptions}: once a control reply is queued, every later frame follows it.
     *
     * @param stream   the frame's stream.
     * @param combined the combined form.
     * @param payload  the bare payload.
     * @return true if queued.
     */
    synchronized boolean sendIfSubscribed(final String stream, final ByteBuffer combined, final ByteBuffer payload)
    {
        return streams.contains(stream) && sendText(this.combined ? combined : payload);
    }

    /**
     * Change subscriptions or the combined flag and queue the reply as one step for the sender: no frame of an
     * unsubscribed stream follows the reply, no frame of a new stream precedes it.
     *
     * @param add         streams to add.
     * @param remove      streams to remove.
     * @param newCombined the new combined flag, or null to keep it.
     * @param reply       the reply to queue.
     */
    synchronized void changeSubscriptions(
        final List<String> add, final List<String> remove, final Boolean newCombined, final String reply)
    {
        streams.addAll(add);
        streams.removeAll(remove);
        if (newCombined != null)
        {
            combined = newCombined;
        }
        sendText(reply);
    }

    /** @return true when events arrive wrapped as {@code {"stream":..,"data":..}}. */
    public boolean isCombined()
    {
        return combined;
    }

    /** @return {@link System#nanoTime()} when the connection opened. */
    public long openedNs()
    {
        return openedNs;
    }

    /**
     * Queue a text frame; a connection closed meanwhile is skipped silently (its close is already under way).
     *
     * @param payload UTF-8 bytes of the text; not copied, not written.
     * @return true if queued.
     */
    public boolean sendText(final ByteBuffer payload)
    {
        final TextFrame frame = new TextFrame();
        frame.setFin(true);
        frame.setPayload(payload);
        try
        {
            socket.sendFrame(frame);
            return true;
        }
        catch (final WebsocketNotConnectedException ex)
        {
            return false;
        }
    }

    /**
     * @param text a text frame's content.
     * @return true if queued.
     */
    public boolean sendText(final String text)
    {
        return sendText(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    boolean sendPing(final long seq)
    {
        final PingFrame ping = new PingFrame();
        ping.setPayload(ByteBuffer.wrap(Long.toString(seq).getBytes(StandardCharsets.US_ASCII)));
        try
        {
            socket.sendFrame(ping);
            return true;
        }
        catch (final WebsocketNotConnectedException ex)
        {
            return false;
        }
    }

    /** Called on a WebSocket thread: a pong counts only if it echoes a ping payload (a sequence number). */
    void onPong(final ByteBuffer payload)
    {
        long seq = 0;
        if (!payload.hasRemaining() || payload.remaining() > 19)
        {
            return;
        }
        for (int i = payload.position(); i < payload.limit(); i++)
        {
            final byte b = payload.get(i);
            if (b < '0' || b > '9')
            {
                return;
            }
            seq = seq * 10 + (b - '0');
        }
        lastPongSeq = seq;
    }

    long lastPongSeq()
    {
        return lastPongSeq;
    }

    /** Close with a close frame carrying {@code code}. */
    @Override
    public void close(final int code, final String reason)
    {
        socket.close(code, reason);
    }

    /** Drop the TCP connection without a close frame. */
    @Override
    public void abort(final String reason)
    {
        socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, reason);
    }

    boolean isOpen()
    {
        return socket.isOpen();
    }
}
