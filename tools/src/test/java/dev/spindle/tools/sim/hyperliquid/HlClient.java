package dev.spindle.tools.sim.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.spindle.hyperliquid.codec.FrameDecoder;

/**
 * A plain JDK WebSocket client for the tests: collects whole text messages in order and records how the
 * connection ended. The JDK 17 client does not always notice a connection dropped without a close frame (its
 * socket stays in CLOSE-WAIT), so abrupt ends are checked with {@link RawClient}.
 */
final class HlClient implements WebSocket.Listener, AutoCloseable
{
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private WebSocket socket;

    /** Connect and consume the greeting, which must come first. */
    static HlClient connect(final String url) throws Exception
    {
        final HlClient client = new HlClient();
        client.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), client).get(5, TimeUnit.SECONDS);
        assertEquals(FrameDecoder.GREETING, client.next(5_000), "the greeting comes first");
        return client;
    }

    static String subscribe(final String type, final String coin)
    {
        return "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"" + type + "\",\"coin\":\"" + coin + "\"}}";
    }

    static String unsubscribe(final String type, final String coin)
    {
        return subscribe(type, coin).replace("\"subscribe\"", "\"unsubscribe\"");
    }

    /** POST a body to {@code url}. */
    static HttpResponse<String> post(final String url, final String body) throws Exception
    {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
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

    /** @return the close code (1006 for an end without a close frame); waits up to {@code timeoutMs}. */
    int awaitClose(final long timeoutMs) throws Exception
    {
        return closeCode.get(timeoutMs, TimeUnit.MILLISECONDS);
    }

    boolean isClosed()
    {
        return closeCode.isDone();
    }

    @Override
    public void onOpen(final WebSocket webSocket)
    {
        // All the demand at once: the queue is unbounded, and per-message requests add nothing to a test.
        webSocket.request(Long.MAX_VALUE);
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
        return null;
    }

    @Override
    public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason)
    {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(final WebSocket webSocket, final Throwable error)
    {
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

    static byte[] utf8(final String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
