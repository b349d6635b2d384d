package dev.spindle.binance.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.feed.Backoff;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * The REST snapshot thread ({@code binance-rest}): takes snapshot requests from the engine, fetches
 * {@code GET /api/v3/depth} with {@link HttpClient}, decodes the body here and hands the decoded snapshot back to the
 * engine, so the engine never blocks, parses JSON of this size or does I/O. It also fetches the capture's
 * checkpoint snapshots when the tap says they are due, and hands every body it fetched to the tap.
 * <p>
 * Rate limits: a 429 or 418 answer pauses <b>every</b> request for its {@code Retry-After} (seconds; 60 s when the
 * header is missing), since Binance limits by IP and bans clients that keep asking. Any other failure (HTTP
 * error, timeout, connection refused) is retried per symbol after an exponential back-off with jitter. A request
 * stays pending until it succeeds, so the engine asks once per snapshot it needs.
 */
final class SnapshotFetcher implements AutoCloseable
{
    static final long DEFAULT_RETRY_AFTER_MS = 60_000;

    private static final long IDLE_PARK_NS = 1_000_000;
    private static final long JOIN_TIMEOUT_MS = 5_000;
    private static final int MAX_BODY_EXCERPT = 120;

    private final String source;
    private final SymbolTable symbols;
    private final URI[] uris;
    private final PooledChannel<SnapshotRequest> requests;
    private final PooledChannel<SnapshotResponse> responses;
    private final FrameTap tap;
    private final FrameTap.Producer tapProducer;
    private final EventProducer log;
    private final Counters counters;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;
    private final long timeoutMs;
    private final int depthLimit;
    private final Backoff backoff;
    private final ExecutorService httpExecutor;
    private final HttpClient client;
    private final DepthSnapshotDecoder decoder;
    private final DepthSnapshot scratch;
    private final boolean[] wanted;
    private final boolean[] checkpointWanted;
    private final boolean[] captured;
    private final int[] failures;
    private final long[] nextAttemptNs;
    private final Thread thread;
    private final MessageHandler<SnapshotRequest> requestHandler = this::onRequest;
    private long pausedUntilNs;
    private int nextSymbol;
    private volatile long requestsSent;
    private volatile boolean running = true;

    SnapshotFetcher(
        final BinanceLiveConfig config,
        final SymbolTable symbols,
        final PooledChannel<SnapshotRequest> requests,
        final PooledChannel<SnapshotResponse> responses,
        final FrameTap tap,
        final EventProducer log,
        final Counters counters)
    {
        source = config.name() + ":rest";
        this.symbols = symbols;
        this.requests = requests;
        this.responses = responses;
        this.tap = tap;
        this.tapProducer = tap.newProducer(source);
        this.log = log;
        this.counters = counters;
        nanoClock = config.connection().nanoClock();
        epochClock = config.connection().epochClock();
        timeoutMs = config.restTimeoutMs();
        depthLimit = config.depthLimit();
        backoff = new Backoff(config.restRetryMinMs(), config.restRetryMaxMs(), new Random());
        final int count = symbols.size();
        uris = new URI[count];
        for (int i = 0; i < count; i++)
        {
            uris[i] = config.depthUri(symbols.instrument(i).symbol());
        }
        httpExecutor = Executors.newSingleThreadExecutor((task) ->
        {
            final Thread t = new Thread(task, config.name() + "-rest-http");
            t.setDaemon(true);
            return t;
        });
        client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(timeoutMs))
            .executor(httpExecutor)
            .build();
        decoder = new DepthSnapshotDecoder(symbols);
        scratch = new DepthSnapshot(config.depthLimit());
        wanted = new boolean[count];
        checkpointWanted = new boolean[count];
        captured = new boolean[count];
        failures = new int[count];
        nextAttemptNs = new long[count];
        thread = new Thread(this::run, config.name() + "-rest");
        thread.setDaemon(true);
    }

    void start()
    {
        thread.start();
    }

    /** @return HTTP requests sent so far. Any thread. */
    long requestsSent()
    {
        return requestsSent;
    }

    /** Stop the thread (interrupting a request in flight) and wait for it. Idempotent. */
    @Override
    public void close()
    {
        running = false;
        if (thread.isAlive())
        {
            thread.interrupt();
            try
            {
                thread.join(JOIN_TIMEOUT_MS);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }
        httpExecutor.shutdownNow();
        try
        {
            httpExecutor.awaitTermination(JOIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        tapProducer.close();
    }

    private void run()
    {
        log.emit(EventCode.STARTED, "symbols", symbols.size());
        while (running)
        {
            requests.drain(requestHandler, Integer.MAX_VALUE);
            if (tap.isCheckpointDue(epochClock.nanoTime() / 1_000_000L))
            {
                for (int i = 0; i < captured.length; i++)
                {
                    checkpointWanted[i] |= captured[i];
                }
            }
            final long nowNs = nanoClock.nanoTime();
            final int symbol = nowNs - pausedUntilNs < 0 ? -1 : nextJob(nowNs);
            if (symbol < 0)
            {
                LockSupport.parkNanos(IDLE_PARK_NS);
                continue;
            }
            if (!fetch(symbol))
            {
                break;
            }
        }
        log.emit(EventCode.STOPPED, "requests", requestsSent);
    }

    private void onRequest(final SnapshotRequest request)
    {
        wanted[request.symbolIndex] = true;
    }

    /** @return the next symbol to fetch, engine requests first, round robin; -1 if none is due. */
    private int nextJob(final long nowNs)
    {
        final int count = wanted.length;
        // An answer for the engine needs a free slot; without one, fetching would waste request weight.
        final int firstPass = responses.size() < responses.capacity() ? 0 : 1;
        for (int pass = firstPass; pass < 2; pass++)
        {
            final boolean[] jobs = pass == 0 ? wanted : checkpointWanted;
            for (int k = 0; k < count; k++)
            {
                final int i = (nextSymbol + k) % count;
                if (jobs[i] && nowNs - nextAttemptNs[i] >= 0)
                {
                    nextSymbol = (i + 1) % count;
                    return i;
                }
            }
        }
        return -1;
    }

    /** @return false when interrupted by close. */
    private boolean fetch(final int symbol)
    {
        final HttpRequest request = HttpRequest.newBuilder(uris[symbol])
            .timeout(Duration.ofMillis(timeoutMs))
            .header("Accept", "application/json")
            .GET()
            .build();
        final HttpResponse<byte[]> response;
        try
        {
            requestsSent++;
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (final IOException ex)
        {
            failed(symbol, "GET " + uris[symbol] + " failed: " + ex);
            return running;
        }
        final long recvNs = nanoClock.nanoTime();
        final long recvEpochNs = epochClock.nanoTime();
        final int status = response.statusCode();
        final byte[] body = response.body();
        if (status == 429 || status == 418)
        {
            final long retryAfterMs = retryAfterMs(response.headers().firstValue("Retry-After").orElse(null));
            pausedUntilNs = recvNs + retryAfterMs * 1_000_000L;
            counters.increment(Counter.SNAPSHOT_FAILURES);
            log.claim(EventCode.WARNING)
                .append("GET depth ").append(symbols.instrument(symbol).symbol())
                .append(": HTTP ").append(status)
                .append(status == 418 ? " (IP banned)" : " (rate limited)")
                .append(", pausing every REST request for ").append(retryAfterMs).append(" ms")
                .arg("retry_after_ms", retryAfterMs)
                .commit();
            return true;
        }
        if (status != 200)
        {
            failed(symbol, "GET " + uris[symbol] + ": HTTP " + status + " " + excerpt(body));
            return true;
        }
        delivered(symbol, body, recvNs, recvEpochNs);
        return true;
    }

    private void delivered(final int symbol, final byte[] body, final long recvNs, final long recvEpochNs)
    {
        if (wanted[symbol])
        {
            final SnapshotResponse slot = responses.claim();
            if (null == slot)
            {
                // The engine has not taken earlier answers yet; fetch again a little later.
                nextAttemptNs[symbol] = recvNs + IDLE_PARK_NS;
                return;
            }
            slot.symbolIndex = symbol;
            slot.recvNs = recvNs;
            slot.recvEpochNs = recvEpochNs;
            slot.ok = decode(symbol, body, slot.snapshot);
            responses.publish(slot);
            wanted[symbol] = false;
            if (slot.ok)
            {
                captured(symbol, slot.snapshot.lastUpdateId(), body, recvEpochNs);
            }
        }
        else if (decode(symbol, body, scratch))
        {
            captured(symbol, scratch.lastUpdateId(), body, recvEpochNs);
            log.claim(EventCode.CAPTURE)
                .append("checkpoint ").append(symbols.instrument(symbol).symbol())
                .arg("lastUpdateId", scratch.lastUpdateId())
                .commit();
        }
    }

    private void captured(final int symbol, final long lastUpdateId, final byte[] body, final long recvEpochNs)
    {
        tapProducer.snapshot(symbol, lastUpdateId, recvEpochNs, body, 0, body.length);
        captured[symbol] = true;
        checkpointWanted[symbol] = false;
        failures[symbol] = 0;
    }

    private boolean decode(final int symbol, final byte[] body, final DepthSnapshot into)
    {
        try
        {
            decoder.decode(symbol, body, 0, body.length, into);
            if (into.bids().count() > depthLimit || into.asks().count() > depthLimit)
            {
                failed(symbol, "GET " + uris[symbol] + ": " + into.bids().count() + " bids and " +
                    into.asks().count() + " asks, more levels than the limit " + depthLimit + " asked for");
                return false;
            }
            return true;
        }
        catch (final DecodeException ex)
        {
            failed(symbol, "GET " + uris[symbol] + ": undecodable body: " + ex.getMessage());
            return false;
        }
    }

    private void failed(final int symbol, final String what)
    {
        counters.increment(Counter.SNAPSHOT_FAILURES);
        failures[symbol]++;
        final long delayMs = backoff.delayMs(failures[symbol]);
        nextAttemptNs[symbol] = nanoClock.nanoTime() + delayMs * 1_000_000L;
        log.claim(EventCode.WARNING)
            .append(what)
            .arg("attempt", failures[symbol])
            .arg("retry_in_ms", delayMs)
            .commit();
    }

    /**
     * @param header the {@code Retry-After} value: delay-seconds (Binance), or null.
     * @return the delay in ms; {@link #DEFAULT_RETRY_AFTER_MS} when absent or not a number of seconds.
     */
    static long retryAfterMs(final String header)
    {
        if (null == header)
        {
            return DEFAULT_RETRY_AFTER_MS;
        }
        try
        {
            final long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? DEFAULT_RETRY_AFTER_MS : Math.min(seconds, Long.MAX_VALUE / 1_000_000_000L) * 1000L;
        }
        catch (final NumberFormatException ex)
        {
            return DEFAULT_RETRY_AFTER_MS;
        }
    }

    private static String excerpt(final byte[] body)
    {
        final int length = Math.min(body.length, MAX_BODY_EXCERPT);
        return new String(body, 0, length, StandardCharsets.UTF_8).replace('\n', ' ') +
            (body.length > length ? "..." : "");
    }
}
