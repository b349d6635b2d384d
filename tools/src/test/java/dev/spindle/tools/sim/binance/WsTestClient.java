package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain JDK WebSocket client for the tests: collects whole text messages in order, answers pings (the JDK
 * does so automatically) and records how the connection ended.
 */
final class WsTestClient implements WebSocket.Listener, AutoCloseable
{
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final AtomicInteger pings = new AtomicInteger();
    private volatile String closeReason;
    private WebSocket socket;

    static WsTestClient connect(final String url) throws Exception
    {
        final WsTestClient client = new WsTestClient();
        client.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), client).get(5, TimeUnit.SECONDS);
        return client;
    }

    /** @return the next whole text message; fails the test after {@code timeoutMs}. */
    String next(final long timeoutMs) throws InterruptedException
    {
        final String text = texts.poll(timeoutMs, TimeUnit.MILLISECONDS);
        assertNotNull(text, "no message within " + timeoutMs + " ms");
        return text;
    }

    /** @return the next message or null after {@code timeoutMs}. */
    String poll(final long timeoutMs) throws InterruptedException
    {
        return texts.poll(timeoutMs, TimeUnit.MILLISECONDS);
    }

    void send(final String text) throws Exception
    {
        socket.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    /** @return the close code (1006 for an abrupt end or an error); waits up to {@code timeoutMs}. */
    int awaitClose(final long timeoutMs) throws Exception
    {
        return closeCode.get(timeoutMs, TimeUnit.MILLISECONDS);
    }

    boolean isClosed()
    {
        return closeCode.isDone();
    }

    String closeReason()
    {
        return closeReason;
    }

    int pings()
    {
        return pings.get();
    }

    @Override
    public void onOpen(final WebSocket webSocket)
    {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last)
    {
        partial.append(data);
        if (last)
        {
            texts.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(final WebSocket webSocket, final ByteBuffer message)
    {
        pings.incrementAndGet();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason)
    {
        closeReason = reason;
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(final WebSocket webSocket, final Throwable error)
    {
        closeReason = String.valueOf(error);
        closeCode.complete(1006);
    }

    @Override
    public void close()
    {
        if (socket != null)
        {
            socket.abort();
        }
    }
}
