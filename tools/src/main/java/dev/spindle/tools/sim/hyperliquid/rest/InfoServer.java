package dev.spindle.tools.sim.hyperliquid.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.spindle.tools.sim.hyperliquid.SimCounters;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;
import dev.spindle.tools.sim.hyperliquid.market.SimMarket;

/**
 * Hyperliquid's {@code POST /info} for {@code {"type":"l2Book","coin":..}} on the JDK HTTP server (protocol notes
 * C6): the body is the coin's book exactly as last published on the WebSocket (the {@code data} object of the last
 * {@code l2Book} frame), or {@code null} with status 200 for a coin that is not served or has no book yet.
 * {@code nSigFigs}/{@code mantissa} are accepted and ignored: books are served at full precision. Other request
 * types answer 422 and a body that is not JSON 400, with a plain-text reason; other paths 404, other methods 405.
 */
public final class InfoServer implements AutoCloseable
{
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SimMarket market;
    private final SimCounters counters;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ConcurrentLinkedQueue<int[]> failures = new ConcurrentLinkedQueue<>();

    /**
     * Bind and start serving.
     *
     * @param address  bind address; port 0 picks an ephemeral port.
     * @param market   the published books.
     * @param counters where requests are counted.
     * @throws IOException if the address cannot be bound.
     */
    public InfoServer(final InetSocketAddress address, final SimMarket market, final SimCounters counters)
        throws IOException
    {
        this.market = market;
        this.counters = counters;
        final AtomicInteger threadNo = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r ->
        {
            final Thread t = new Thread(r, "sim-hyperliquid-rest-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(address, 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return the bound port. */
    public int port()
    {
        return server.getAddress().getPort();
    }

    /**
     * Answer the next request with {@code status} (queued: n calls fail the next n requests).
     *
     * @param status            HTTP status, e.g. 500 or 429.
     * @param retryAfterSeconds {@code Retry-After} value; 0 omits the header.
     */
    public void failNext(final int status, final int retryAfterSeconds)
    {
        failures.add(new int[] {status, retryAfterSeconds});
    }

    private void handle(final HttpExchange exchange) throws IOException
    {
        try (exchange)
        {
            counters.onInfoRequest();
            final int[] failure = failures.poll();
            if (failure != null)
            {
                if (failure[1] > 0)
                {
                    exchange.getResponseHeaders().set("Retry-After", Integer.toString(failure[1]));
                }
                respond(exchange, failure[0], "text/plain", failure[0] == 429 ? "Too Many Requests" :
                    "simulated failure " + failure[0]);
                return;
            }
            if (!"/info".equals(exchange.getRequestURI().getPath()))
            {
                respond(exchange, 404, "text/plain", "Not Found");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()))
            {
                respond(exchange, 405, "text/plain", "Method Not Allowed");
                return;
            }
            final JSONObject request;
            try (InputStream in = exchange.getRequestBody())
            {
                request = JSON.parseObject(new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
            }
            catch (final JSONException ex)
            {
                respond(exchange, 400, "text/plain", "Failed to parse the request body as JSON");
                return;
            }
            if (request == null || !"l2Book".equals(request.getString("type")) ||
                !(request.get("coin") instanceof String coin))
            {
                respond(exchange, 422, "text/plain", "Failed to deserialize the JSON body into the target type");
                return;
            }
            final SimFrame book = market.lastBookFrame(coin);
            respond(exchange, 200, "application/json", book == null ? "null" : book.bookJson());
        }
    }

    private static void respond(final HttpExchange exchange, final int status, final String type, final String body)
        throws IOException
    {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody())
        {
            out.write(bytes);
        }
    }

    /** Stop serving and end the executor threads; idempotent, bounded to about two seconds. */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try
        {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
