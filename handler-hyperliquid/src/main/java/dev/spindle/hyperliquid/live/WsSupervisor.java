package dev.spindle.hyperliquid.live;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

import com.neovisionaries.ws.client.WebSocketException;

import dev.spindle.engine.feed.Backoff;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.hyperliquid.codec.CoinTable;

/**
 * The connection thread ({@code hyperliquid-ws}): keeps one connection open carrying every coin's {@code l2Book}
 * and {@code trades} subscriptions.
 * <ul>
 * <li><b>Connect / reconnect</b>: subscribe everything on every new connection. After a lost connection the first
 * attempt is immediate; attempts that deliver no data back off exponentially with jitter ({@link Backoff}). The
 * engine is told in-band ({@link InboundFrame#DISCONNECTED}): every book goes {@code RESYNCING} until the
 * re-subscription's first l2Book.</li>
 * <li><b>Heartbeat</b>: {@code {"method":"ping"}} every {@code --ping-interval}, because the venue closes a
 * connection it has heard nothing from for 60 s.</li>
 * <li><b>Stale feed</b>: no text frame for {@code --stale-ms} → an in-band {@link InboundFrame#STALE} notice
 * (every book goes {@code STALE}) and the connection is replaced.</li>
 * </ul>
 * Frames longer than {@code maxFrameBytes} are refused by the reader and counted ({@code oversized_frames}, one log
 * line per housekeeping pass that saw any).
 * Every replacement is logged, counted ({@code reconnects} in {@code hyperliquid:ws}) and written to each coin's
 * capture ledger. Connecting blocks this thread only, never the reader or the engine.
 */
final class WsSupervisor implements AutoCloseable
{
    static final String PING = "{\"method\":\"ping\"}";

    private static final long TICK_NS = 10_000_000L;
    private static final long HOUSEKEEPING_NS = 100_000_000L;
    private static final long CLOSE_WAIT_MS = 3_000;

    private final HyperliquidLiveConfig config;
    private final CoinTable coins;
    private final FramePipe pipe;
    private final EventProducer log;
    private final Counters counters;
    private final HyperliquidTap.Producer ledger;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;
    private final Backoff backoff;
    private final List<String> subscriptions;
    private final long staleNs;
    private final long pingNs;
    private final Thread thread;
    private WsConnection active;
    private long nextAttemptNs;
    private long nextPingNs;
    private int failedAttempts;
    private int nextId;
    private int pendingNotice = InboundFrame.FRAME;
    private long nextHousekeepingNs;
    private volatile long pingsSent;
    private volatile boolean running = true;

    WsSupervisor(
        final HyperliquidLiveConfig config,
        final CoinTable coins,
        final FramePipe pipe,
        final EventProducer log,
        final Counters counters,
        final HyperliquidTap.Producer ledger)
    {
        this.config = config;
        this.coins = coins;
        this.pipe = pipe;
        this.log = log;
        this.counters = counters;
        this.ledger = ledger;
        nanoClock = config.nanoClock();
        epochClock = config.epochClock();
        backoff = new Backoff(config.reconnectMinMs(), config.reconnectMaxMs(), new Random());
        subscriptions = config.subscribeRequests();
        staleNs = config.staleMs() * 1_000_000L;
        pingNs = config.pingIntervalMs() * 1_000_000L;
        thread = new Thread(this::run, config.name() + "-ws");
        thread.setDaemon(true);
    }

    void start()
    {
        thread.start();
    }

    /** @return pings sent so far. Any thread. */
    long pingsSent()
    {
        return pingsSent;
    }

    /**
     * Stop reading: the pipe refuses every frame from now on, the connection is closed and its threads joined,
     * then this thread ends. Idempotent.
     */
    @Override
    public void close()
    {
        running = false;
        pipe.close();
        LockSupport.unpark(thread);
        try
        {
            thread.join(config.connectTimeoutMs() + CLOSE_WAIT_MS * 2);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        ledger.close();
    }

    private void run()
    {
        log.claim(EventCode.STARTED).append(config.wsUrl()).arg("coins", coins.size()).commit();
        while (running)
        {
            final long nowNs = nanoClock.nanoTime();
            final WsConnection connection = active;
            if (null == connection)
            {
                if (nowNs - nextAttemptNs >= 0)
                {
                    connect();
                }
            }
            else if (connection.isClosed())
            {
                lost(connection, connection.closeReason());
            }
            else if (nowNs - connection.lastFrameNs() - staleNs > 0)
            {
                stale(connection);
            }
            else
            {
                if (failedAttempts != 0 && connection.dataFrames() > 0)
                {
                    failedAttempts = 0;
                }
                if (nowNs - nextPingNs >= 0)
                {
                    connection.send(PING);
                    pingsSent++;
                    nextPingNs = nowNs + pingNs;
                }
            }
            if (pendingNotice != InboundFrame.FRAME &&
                pipe.publishNotice(pendingNotice, nanoClock.nanoTime(), epochClock.nanoTime()))
            {
                pendingNotice = InboundFrame.FRAME;
            }
            if (nowNs - nextHousekeepingNs >= 0)
            {
                housekeeping();
                nextHousekeepingNs = nowNs + HOUSEKEEPING_NS;
            }
            LockSupport.parkNanos(Math.min(TICK_NS, Math.max(1, nextPingNs - nowNs)));
        }
        shutDown(active);
        housekeeping();
        log.emit(EventCode.STOPPED, "reconnects", counters.get(Counter.RECONNECTS));
    }

    /** Publish the pipe's counts, and log the frames refused as oversized since the last time: one line. */
    private void housekeeping()
    {
        counters.set(Counter.CAPTURE_DROPS, pipe.tapDrops());
        counters.set(Counter.INBOUND_DROPS, pipe.inboundDrops());
        final long oversized = pipe.oversized();
        final long newOversized = oversized - counters.get(Counter.OVERSIZED_FRAMES);
        if (newOversized > 0)
        {
            counters.set(Counter.OVERSIZED_FRAMES, oversized);
            log.claim(EventCode.WARNING).append("refused ").append(newOversized)
                .append(" oversized frame(s), largest ").append(pipe.largestOversized())
                .append(" bytes, limit ").append(config.maxFrameBytes())
                .arg("oversized_frames", oversized).commit();
        }
    }

    private void connect()
    {
        final int id = ++nextId;
        final WsConnection connection = new WsConnection(
            id, config.maxFrameBytes(), pipe, new FrameRouter(coins), nanoClock, epochClock, thread, config.name() + "-ws");
        // Admitted before the handshake, so that no frame arriving right after it is lost.
        pipe.current(id);
        try
        {
            connection.open(config.wsUrl(), (int)Math.min(Integer.MAX_VALUE, config.connectTimeoutMs()));
        }
        catch (final IOException | WebSocketException ex)
        {
            pipe.current(FramePipe.NONE);
            log.claim(EventCode.WARNING).append("connect failed: ").append(ex).commit();
            shutDown(connection);
            scheduleRetry();
            return;
        }
        log.claim(EventCode.CONNECTED).append("connection ").append(id).append(' ').append(config.wsUrl()).commit();
        for (final String request : subscriptions)
        {
            connection.send(request);
        }
        log.claim(EventCode.SUBSCRIBED).append("l2Book and trades").arg("coins", coins.size())
            .arg("subscriptions", subscriptions.size()).commit();
        nextPingNs = nanoClock.nanoTime() + pingNs;
        active = connection;
    }

    private void lost(final WsConnection connection, final String reason)
    {
        log.claim(EventCode.DISCONNECTED).append("connection ").append(connection.id()).append(' ')
            .append(String.valueOf(reason)).commit();
        replace(connection, InboundFrame.DISCONNECTED, "connection lost: " + reason);
        log.claim(EventCode.RECONNECT).append("reconnecting")
            .arg("in_ms", (nextAttemptNs - nanoClock.nanoTime()) / 1_000_000L)
            .arg("reconnects", counters.get(Counter.RECONNECTS)).commit();
    }

    private void stale(final WsConnection connection)
    {
        log.claim(EventCode.STALE).append("no frame for ").append(config.staleMs())
            .append(" ms on connection ").append(connection.id()).append(": books are stale, reconnecting").commit();
        replace(connection, InboundFrame.STALE, "stale feed: no frame for " + config.staleMs() + " ms");
    }

    private void replace(final WsConnection connection, final int notice, final String detail)
    {
        active = null;
        pipe.current(FramePipe.NONE);
        pendingNotice = notice;
        if (connection.dataFrames() > 0)
        {
            failedAttempts = 0;
        }
        shutDown(connection);
        counters.increment(Counter.RECONNECTS);
        final long epochNs = epochClock.nanoTime();
        for (int i = 0; i < coins.size(); i++)
        {
            ledger.reconnect(i, epochNs, detail);
        }
        scheduleRetry();
    }

    /** The first retry after a working connection is immediate; retries without data in between back off. */
    private void scheduleRetry()
    {
        failedAttempts++;
        final long delayMs = failedAttempts <= 1 ? 0 : backoff.delayMs(failedAttempts - 1);
        nextAttemptNs = nanoClock.nanoTime() + delayMs * 1_000_000L;
    }

    private static void shutDown(final WsConnection connection)
    {
        if (null != connection)
        {
            connection.close("client closing");
            connection.awaitClosed(CLOSE_WAIT_MS);
        }
    }
}
