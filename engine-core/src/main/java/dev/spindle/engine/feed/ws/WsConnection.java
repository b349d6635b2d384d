package dev.spindle.engine.feed.ws;

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
 * One WebSocket connection of a live handler (nv-websocket-client). Its reading thread stamps every text frame
 * with the monotonic and the wall clock first thing, then hands it to the venue's {@link FrameSink}.
 * <p>
 * Text frames arrive as bytes ({@code setDirectTextMessage}), never decoded into Strings. Ping frames are answered
 * by nv-websocket-client itself with a pong echoing the payload. Requests ({@link #send}) are queued to its
 * writing thread. Connection events (closed, a venue shutdown notice) are flags read by the supervising thread,
 * which is woken up for them.
 */
public final class WsConnection extends WebSocketAdapter
{
    private static final int CLOSE_DELAY_MS = 1_000;

    private final int id;
    private final FrameSink sink;
    private final int maxFrameBytes;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;
    private final Thread supervisor;
    private final String threadPrefix;
    private WebSocket socket;
    private volatile Thread readingThread;
    private volatile Thread writingThread;
    private volatile long openedNs;
    // Written by the reading thread with release stores (no full fence per frame), read by the supervising thread.
    private final AtomicLong lastFrameNs = new AtomicLong();
    private final AtomicLong dataFrames = new AtomicLong();
    private volatile boolean shutdownNotice;
    private volatile boolean closed;
    private volatile String closeReason;
    private volatile String lastError;

    /**
     * @param id           the id the venue's gate knows this connection by.
     * @param sink         receives every text frame on the reading thread.
     * @param maxFrameBytes a longer text frame is refused ({@link FrameSink#onOversized}), never handed on.
     * @param nanoClock    monotonic clock of the receive stamps.
     * @param epochClock   wall clock of the receive stamps.
     * @param supervisor   thread woken up ({@link LockSupport#unpark}) on a close or a shutdown notice.
     * @param threadPrefix prefix of the reading and writing thread names.
     */
    public WsConnection(
        final int id,
        final FrameSink sink,
        final int maxFrameBytes,
        final NanoClock nanoClock,
        final EpochNanoClock epochClock,
        final Thread supervisor,
        final String threadPrefix)
    {
        this.id = id;
        this.sink = sink;
        this.maxFrameBytes = maxFrameBytes;
        this.nanoClock = nanoClock;
        this.epochClock = epochClock;
        this.supervisor = supervisor;
        this.threadPrefix = threadPrefix;
    }

    /**
     * Connect and complete the opening handshake; blocks up to the timeout. Frames may arrive (and be refused by
     * the venue's gate until this connection is admitted) as soon as it returns.
     *
     * @param url       WebSocket URL.
     * @param timeoutMs connect and handshake timeout.
     * @throws IOException        if the URL is unusable or the socket cannot be made.
     * @throws WebSocketException if the connection or the handshake failed.
     */
    public void open(final String url, final int timeoutMs) throws IOException, WebSocketException
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

    /** Reading thread: stamp, hand to the sink, count. */
    @Override
    public void onTextMessage(final WebSocket websocket, final byte[] data)
    {
        final long recvNs = nanoClock.nanoTime();
        final long recvEpochNs = epochClock.nanoTime();
        lastFrameNs.lazySet(recvNs);
        if (data.length > maxFrameBytes)
        {
            sink.onOversized(this, data.length);
            return;
        }
        if (sink.onFrame(this, data, 0, data.length, recvNs, recvEpochNs))
        {
            dataFrames.lazySet(dataFrames.get() + 1);
        }
    }

    /** Reading thread (or the supervisor while connecting): record why and wake the supervisor. */
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

    /** Remember the last error for the close reason. */
    @Override
    public void onError(final WebSocket websocket, final WebSocketException cause)
    {
        lastError = cause.getMessage();
    }

    /** Name the client's threads after the connection and make them daemons. */
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

    /** A successful handshake clears the error of earlier attempts. */
    @Override
    public void onConnected(final WebSocket websocket, final Map<String, List<String>> headers)
    {
        lastError = null;
    }

    /**
     * Flag that the venue announced it will close this connection, and wake the supervisor once. Called by the
     * sink on the reading thread.
     */
    public void noticeShutdown()
    {
        if (!shutdownNotice)
        {
            shutdownNotice = true;
            LockSupport.unpark(supervisor);
        }
    }

    /** @return the id the venue's gate knows this connection by. */
    public int id()
    {
        return id;
    }

    /** @return monotonic time the handshake completed. */
    public long openedNs()
    {
        return openedNs;
    }

    /** @return monotonic receive time of the last text frame, or the open time if later (none since). */
    public long lastFrameNs()
    {
        return Math.max(lastFrameNs.get(), openedNs);
    }

    /** @return text frames the sink counted as data. */
    public long dataFrames()
    {
        return dataFrames.get();
    }

    /** @return true once the sink reported a venue shutdown notice on this connection. */
    public boolean shutdownNotice()
    {
        return shutdownNotice;
    }

    /** @return true once the connection is closed, by either side. */
    public boolean isClosed()
    {
        return closed;
    }

    /** @return why it closed, or null while open. */
    public String closeReason()
    {
        return closeReason;
    }

    /**
     * Queue a text request (subscribe, ping) to the writing thread; never blocks.
     *
     * @param text the request.
     */
    public void send(final String text)
    {
        final WebSocket ws = socket;
        if (null != ws)
        {
            ws.sendText(text);
        }
    }

    /**
     * Start the close handshake (asynchronous); frames still in flight are refused by the venue's gate. Idempotent.
     *
     * @param reason close reason sent to the server.
     */
    public void close(final String reason)
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
     * @param timeoutMs longest wait.
     * @return true if they ended within the timeout.
     */
    public boolean awaitClosed(final long timeoutMs)
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
