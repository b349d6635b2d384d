package dev.spindle.tools.sim.binance.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import com.alibaba.fastjson2.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.spindle.tools.sim.binance.SimCounters;
import dev.spindle.tools.sim.binance.book.BookJson;
import dev.spindle.tools.sim.binance.book.BookView;
import dev.spindle.tools.sim.binance.book.SimBook;

/**
 * Binance's REST market-data endpoints on the JDK HTTP server: {@code GET /api/v3/depth} (the simulator's book
 * at the stream position: {@code lastUpdateId} is the {@code u} of the last depth event sent),
 * {@code /api/v3/ping} and {@code /api/v3/time}.
 * <p>
 * Every response carries {@code X-MBX-USED-WEIGHT-1M}. Over the minute weight limit the answer is 429 with
 * {@code Retry-After}; injected failures ({@link #failNext(int, int)}) answer the given status with
 * {@code Retry-After}, and {@link #staleNext(int)} makes the next depth answer an older book. Errors use Binance's {@code {"code":..,"msg":..}} body.
 */
public final class RestServer implements AutoCloseable
{
    private static final int MAX_LIMIT = 5000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, SimBook> books;
    private final WeightLimiter limiter;
    private final SimCounters counters;
    private final LongSupplier clockMs;
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> staleSnapshots = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Bind and start serving.
     *
     * @param address         bind address; port 0 picks an ephemeral port.
     * @param books           the simulator's books by upper-case symbol.
     * @param limiter         the minute weight limit.
     * @param counters        where requests, 429s and failures are counted.
     * @param clockMs         epoch-ms clock for the weight window and {@code serverTime}.
     * @throws IOException if the address cannot be bound.
     */
    public RestServer(
        final InetSocketAddress address,
        final Map<String, SimBook> books,
        final WeightLimiter limiter,
        final SimCounters counters,
        final LongSupplier clockMs) throws IOException
    {
        this.books = books;
        this.limiter = limiter;
        this.counters = counters;
        this.clockMs = clockMs;
        final AtomicInteger threadNo = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r ->
        {
            final Thread t = new Thread(r, "sim-binance-rest-" + threadNo.incrementAndGet());
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
     * Make the next request fail (queued: several calls fail several requests in order).
     *
     * @param status            HTTP status, e.g. 500, 503, 429, 418.
     * @param retryAfterSeconds {@code Retry-After} value; 0 omits the header.
     */
    public void failNext(final int status, final int retryAfterSeconds)
    {
        failures.add(new Failure(status, retryAfterSeconds));
    }

    /**
     * Answer the next depth request with the book as it was {@code events} depth events before (queued like
     * {@link #failNext}): a snapshot older than the diffs the client buffered since it asked.
     *
     * @param events depth events back.
     */
    public void staleNext(final int events)
    {
        staleSnapshots.add(events);
    }

    private void handle(final HttpExchange exchange) throws IOException
    {
        try (exchange)
        {
            counters.onRestRequest();
            final long nowMs = clockMs.getAsLong();
            final Failure failure = failures.poll();
            if (failure != null)
            {
                counters.onRestFailureInjected();
                respond(exchange, failure.status, failureBody(failure.status, nowMs, failure.retryAfterSeconds),
                    failure.retryAfterSeconds, nowMs);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod()))
            {
                respond(exchange, 405, error(-1000, "Only GET is simulated."), 0, nowMs);
                return;
            }
            final String path = exchange.getRequestURI().getPath();
            switch (path)
            {
                case "/api/v3/depth" -> depth(exchange, nowMs);
                case "/api/v3/ping" -> weighed(exchange, 1, "{}", nowMs);
                case "/api/v3/time" -> weighed(exchange, 1, "{\"serverTime\":" + nowMs + "}", nowMs);
                default -> respond(exchange, 404, error(-1000, "Unknown path " + path + "."), 0, nowMs);
            }
        }
    }

    private void depth(final HttpExchange exchange, final long nowMs) throws IOException
    {
        final Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        final String limitText = params.getOrDefault("limit", "100");
        int limit;
        try
        {
            limit = Integer.parseInt(limitText);
        }
        catch (final NumberFormatException ex)
        {
            limit = -1;
        }
        if (limit < 1 || !limitText.matches("[0-9]{1,20}"))
        {
            final int weight = 5;
            if (admit(exchange, weight, nowMs))
            {
                respond(exchange, 400, error(-1100, "Illegal characters found in parameter 'limit'; legal range " +
                    "is '^[0-9]{1,20}$'."), 0, nowMs);
            }
            return;
        }
        limit = Math.min(limit, MAX_LIMIT);
        if (!admit(exchange, depthWeight(limit), nowMs))
        {
            return;
        }
        final String symbol = params.get("symbol");
        if (symbol == null || symbol.isEmpty())
        {
            respond(exchange, 400, error(-1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or " +
                "malformed."), 0, nowMs);
            return;
        }
        final SimBook book = books.get(symbol);
        if (book == null)
        {
            respond(exchange, 400, error(-1121, "Invalid symbol."), 0, nowMs);
            return;
        }
        final Integer eventsBack = staleSnapshots.poll();
        final BookView view = eventsBack == null ? book.view(limit) : book.viewBack(eventsBack, limit);
        respond(exchange, 200, BookJson.snapshotBody(view), 0, nowMs);
    }

    /**
     * @return the request weight of {@code /api/v3/depth} by limit (protocol notes A5).
     */
    public static int depthWeight(final int limit)
    {
        if (limit <= 100)
        {
            return 5;
        }
        if (limit <= 500)
        {
            return 25;
        }
        if (limit <= 1000)
        {
            return 50;
        }
        return 250;
    }

    private void weighed(final HttpExchange exchange, final int weight, final String body, final long nowMs)
        throws IOException
    {
        if (admit(exchange, weight, nowMs))
        {
            respond(exchange, 200, body, 0, nowMs);
        }
    }

    /** Charge the weight or answer 429; returns true if the request may go on. */
    private boolean admit(final HttpExchange exchange, final int weight, final long nowMs) throws IOException
    {
        final long retryAfterSeconds = limiter.tryAcquire(weight, nowMs);
        if (retryAfterSeconds == 0)
        {
            return true;
        }
        counters.onRestThrottled();
        respond(exchange, 429, error(-1003, "Too much request weight used; current limit is " +
            limiter.limitPerMinute() + " request weight per 1 MINUTE. Please use WebSocket Streams for live " +
            "updates to avoid polling the API."), retryAfterSeconds, nowMs);
        return false;
    }

    private void respond(
        final HttpExchange exchange,
        final int status,
        final String body,
        final long retryAfterSeconds,
        final long nowMs) throws IOException
    {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("X-MBX-USED-WEIGHT-1M", Integer.toString(limiter.usedWeight(nowMs)));
        if (retryAfterSeconds > 0)
        {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody())
        {
            out.write(bytes);
        }
    }

    private static String failureBody(final int status, final long nowMs, final long retryAfterSeconds)
    {
        if (status == 429)
        {
            return error(-1003, "Too much request weight used; simulated 429.");
        }
        if (status == 418)
        {
            return error(-1003, "Way too much request weight used; IP banned until " +
                (nowMs + retryAfterSeconds * 1000) + ". Please use WebSocket Streams for live updates to avoid bans.");
        }
        return error(-1000, "An unknown error occurred while processing the request.");
    }

    private static String error(final int code, final String msg)
    {
        return "{\"code\":" + code + ",\"msg\":" + JSON.toJSONString(msg) + "}";
    }

    private static Map<String, String> query(final String rawQuery)
    {
        final Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty())
        {
            return params;
        }
        for (final String pair : rawQuery.split("&"))
        {
            final int eq = pair.indexOf('=');
            final String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            final String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
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

    private record Failure(int status, int retryAfterSeconds)
    {
    }
}
