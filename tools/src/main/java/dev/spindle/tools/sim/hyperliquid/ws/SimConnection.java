package dev.spindle.tools.sim.hyperliquid.ws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.TextFrame;

import dev.spindle.tools.sim.SimWsConnection;

import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * One client connection: its subscriptions and when it last spoke. Subscriptions change only under the market
 * lock (see {@link dev.spindle.tools.sim.hyperliquid.market.SimMarket}), frames are published under it too, so
 * the set is read and written in a clear order; it is concurrent only so other threads may look at it.
 */
public final class SimConnection implements SimWsConnection
{
    private final WebSocket socket;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile long lastClientMessageNs;

    SimConnection(final WebSocket socket, final long openedNs)
    {
        this.socket = socket;
        this.lastClientMessageNs = openedNs;
    }

    /** @return true if the client has at least one subscription. */
    @Override
    public boolean hasSubscriptions()
    {
        return !subscriptions.isEmpty();
    }

    /** @return {@link System#nanoTime()} of the client's last message (or of the connection's opening). */
    public long lastClientMessageNs()
    {
        return lastClientMessageNs;
    }

    void onClientMessage(final long nowNs)
    {
        lastClientMessageNs = nowNs;
    }

    boolean add(final Subscription subscription)
    {
        return subscriptions.add(subscription);
    }

    boolean remove(final Subscription subscription)
    {
        return subscriptions.remove(subscription);
    }

    /**
     * Queue {@code frame} once per subscription it belongs to (two {@code l2Book} subscriptions of one coin with
     * different aggregations each get it).
     *
     * @return copies queued.
     */
    int sendIfSubscribed(final SimFrame frame)
    {
        int copies = 0;
        for (final Subscription subscription : subscriptions)
        {
            if (subscription.matches(frame) && sendText(frame.payload()))
            {
                copies++;
            }
        }
        return copies;
    }

    /**
     * Queue a text frame; a connection closed meanwhile is skipped silently (its close is already under way).
     *
     * @param payload UTF-8 bytes of the text; not copied, not written.
     * @return true if queued.
     */
    boolean sendText(final ByteBuffer payload)
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

    /** @return true if queued. */
    boolean sendText(final String text)
    {
        return sendText(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Drop the TCP connection without a close frame. */
    @Override
    public void abort(final String reason)
    {
        socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, reason);
    }

    /** Close with a close frame carrying {@code code}. */
    @Override
    public void close(final int code, final String reason)
    {
        socket.close(code, reason);
    }

    boolean isOpen()
    {
        return socket.isOpen();
    }
}
