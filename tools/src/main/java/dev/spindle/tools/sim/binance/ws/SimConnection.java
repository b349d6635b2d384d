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

/**
 * One client connection: its subscriptions and its heartbeat/lifetime bookkeeping.
 * <p>
 * Subscriptions and the combined flag are changed by WebSocket threads (control messages) and read by the
 * sender thread, so they are concurrent. Heartbeat and scheduled-close fields belong to the sender thread
 * ({@link ConnectionKeeper}), except {@link #onPong(ByteBuffer)}, which publishes through a volatile.
 */
public final class SimConnection
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

    /** @return true if the client receives {@code stream}. */
    public boolean isSubscribed(final String stream)
    {
        return streams.contains(stream);
    }

    /** @return true if the client has at least one subscription. */
    public boolean hasSubscriptions()
    {
        return !streams.isEmpty();
    }

    Set<String> streams()
    {
        return streams;
    }

    /** @return true when events arrive wrapped as {@code {"stream":..,"data":..}}. */
    public boolean isCombined()
    {
        return combined;
    }

    void combined(final boolean combined)
    {
        this.combined = combined;
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
    void close(final int code, final String reason)
    {
        socket.close(code, reason);
    }

    /** Drop the TCP connection without a close frame. */
    void abort(final String reason)
    {
        socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, reason);
    }

    boolean isOpen()
    {
        return socket.isOpen();
    }
}
