package dev.spindle.hyperliquid.live;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

import com.neovisionaries.ws.client.ThreadType;
import com.neovisionaries.ws.client.WebSocket;
import com.neovisionaries.ws.client.WebSocketAdapter;
import com.neovisionaries.ws.client.WebSocketCloseCode;
import com.neovisionaries.ws.client.WebSocketException;
import com.neovisionaries.ws.client.WebSocketFactory;
import com.neovisionaries.ws.client.WebSocketFrame;
import com.neovisionaries.ws.client.WebSocketState;

/**
 * One Hyperliquid WebSocket connection (nv-websocket-client) carrying every coin's subscriptions. Its reading
 * thread stamps every text frame with the monotonic and the wall clock first thing, routes it and passes it
 * through the {@link FramePipe}; one longer than {@code maxFrameBytes} is refused there unread. Text frames arrive
 * as bytes ({@code setDirectTextMessage}), never as Strings.
 * Requests (subscribe, ping) are queued to nv-websocket-client's writing thread by {@link #send}, from the
 * connection thread. A close wakes the connection thread up.
 */
final class WsConnection extends WebSocketAdapter
{
    private static final int CLOSE_DELAY_MS = 1_000;

    private final int id;
    private final int maxFrameBytes;
    private final FramePipe pipe;
    private final FrameRouter router;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;
    private final Thread supervisor;
    private final String threadPrefix;
    private WebSocket socket;
    private volatile Thread readingThread;
    private volatile Thread writingThread;
    private volatile long openedNs;
    // Written by the reading thread with release stores (no full fence per frame), read by the connection thread.
    private final AtomicLong lastFrameNs = new AtomicLong();
    private final AtomicLong dataFrames = new AtomicLong();
    private volatile boolean closed;
    private volatile String closeReason;
    private volatile String lastError;

    WsConnection(
        final int id,
        final int maxFrameBytes,
        final FramePipe pipe,
        final FrameRouter router,
        final NanoClock nanoClock,
        final EpochNanoClock epochClock,
        final Thread supervisor,
        final String threadPrefix)
    {
        this.id = id;
        this.maxFrameBytes = maxFrameBytes;
        this.pipe = pipe;
        this.router = router;
        this.nanoClock = nanoClock;
        this.epochClock = epochClock;
        this.supervisor = supervisor;
        this.threadPrefix = threadPrefix;
    }

    /**
     * Connect and complete the opening handshake; blocks up to the timeout.
     *
     * @throws IOException        if the URL is unusable or the socket cannot be made.
     * @throws WebSocketException if the connection or the handshake failed.
     */
    void open(final String url, final int timeoutMs) throws IOException, WebSocketException
    {
        final WebSocket ws = new WebSocketFactory().setConnectionTimeout(timeoutMs).createSocket(url, timeoutMs);
        ws.setDirectTextMessage(true);
        ws.setMissingCloseFrameAllowed(true);
        ws.addListener(this);
        socket = ws;
        openedNs = nanoClock.nanoTime();
        lastFrameNs.set(openedNs);
        ws.connect();
        openedNs = nanoClock.nanoTime();
    }

    @Override
    public void onTextMessage(final WebSocket websocket, final byte[] data)
    {
        final long recvNs = nanoClock.nanoTime();
        final long recvEpochNs = epochClock.nanoTime();
        lastFrameNs.lazySet(recvNs);
        if (data.length > maxFrameBytes)
        {
            pipe.onOversized(id, data.length);
            return;
        }
        final boolean routed = router.route(data, 0, data.length);
        if (routed)
        {
            dataFrames.lazySet(dataFrames.get() + 1);
        }
        pipe.onFrame(id, router, routed, data, 0, data.length, recvNs, recvEpochNs);
    }

    @Override
    public void onDisconnected(
        final WebSocket websocket,
        final WebSocketFrame serverCloseFrame,
        final WebSocketFrame clientCloseFrame,
        final boolean closedByServer)
    {
        if (closedByServer)
        {
            closeReason = null == serverCloseFrame ? "closed by the server without a close frame" :
                "closed by the server: " + serverCloseFrame.getCloseCode() + " " + serverCloseFrame.getCloseReason();
        }
        else
        {
            final String error = lastError;
            closeReason = null == error ? "closed" : "connection lost: " + error;
        }
        closed = true;
        LockSupport.unpark(supervisor);
    }

    @Override
    public void onError(final WebSocket websocket, final WebSocketException cause)
    {
        lastError = cause.getMessage();
    }

    @Override
    public void onThreadCreated(final WebSocket websocket, final ThreadType threadType, final Thread thread)
    {
        thread.setName(threadPrefix + "-" + id + "-" + threadType.name().toLowerCase(Locale.ROOT));
        thread.setDaemon(true);
        if (threadType == ThreadType.READING_THREAD)
        {
            readingThread = thread;
        }
        else if (threadType == ThreadType.WRITING_THREAD)
        {
            writingThread = thread;
        }
    }

    @Override
    public void onConnected(final WebSocket websocket, final Map<String, List<String>> headers)
    {
        lastError = null;
    }

    /** @return the id the pipe knows this connection by. */
    int id()
    {
        return id;
    }

    /** @return monotonic receive time of the last text frame (the open time before the first one). */
    long lastFrameNs()
    {
        return Math.max(lastFrameNs.get(), openedNs);
    }

    /** @return l2Book and trades frames of known coins received. */
    long dataFrames()
    {
        return dataFrames.get();
    }

    /** @return true once the connection is closed, by either side. */
    boolean isClosed()
    {
        return closed;
    }

    /** @return why it closed, or null while open. */
    String closeReason()
    {
        return closeReason;
    }

    /** Queue a text request (subscribe, ping) to the writing thread; never blocks. */
    void send(final String text)
    {
        final WebSocket ws = socket;
        if (null != ws)
        {
            ws.sendText(text);
        }
    }

    /** Start the close handshake (asynchronous). Idempotent. */
    void close(final String reason)
    {
        final WebSocket ws = socket;
        if (null != ws && ws.getState() != WebSocketState.CREATED)
        {
            ws.disconnect(WebSocketCloseCode.NORMAL, reason, CLOSE_DELAY_MS);
        }
    }

    /**
     * Wait for the connection's threads to end after {@link #close}.
     *
     * @return true if they ended within the timeout.
     */
    boolean awaitClosed(final long timeoutMs)
    {
        final long deadlineNs = System.nanoTime() + timeoutMs * 1_000_000L;
        return join(readingThread, deadlineNs) & join(writingThread, deadlineNs);
    }

    private static boolean join(final Thread thread, final long deadlineNs)
    {
        if (null == thread)
        {
            return true;
        }
        try
        {
            thread.join(Math.max(1, (deadlineNs - System.nanoTime()) / 1_000_000L));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
