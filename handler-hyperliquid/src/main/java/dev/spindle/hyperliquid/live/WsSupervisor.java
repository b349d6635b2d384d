package dev.spindle.hyperliquid.live;

import java.io.IOException;
import java.util.List;

import com.neovisionaries.ws.client.WebSocketException;

import dev.spindle.engine.feed.Backoff;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.ws.ConnectionSupervisor;
import dev.spindle.engine.feed.ws.WsConnection;
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
final class WsSupervisor extends ConnectionSupervisor
{
    static final String PING = "{\"method\":\"ping\"}";

    private final CoinTable coins;
    private final FramePipe pipe;
    private final HyperliquidTap.Producer ledger;
    private final List<String> subscriptions;
    private final long pingNs;
    private WsConnection active;
    private long nextPingNs;
    private int pendingNotice = InboundFrame.FRAME;
    private volatile long pingsSent;

    WsSupervisor(
        final HyperliquidLiveConfig config,
        final CoinTable coins,
        final FramePipe pipe,
        final EventProducer log,
        final Counters counters,
        final HyperliquidTap.Producer ledger)
    {
        super(config.connection(), log, counters);
        this.coins = coins;
        this.pipe = pipe;
        this.ledger = ledger;
        subscriptions = config.subscribeRequests();
        pingNs = config.pingIntervalMs() * 1_000_000L;
    }

    /** @return pings sent so far. Any thread. */
    long pingsSent()
    {
        return pingsSent;
    }

    @Override
    protected void logStarted()
    {
        log.claim(EventCode.STARTED).append(settings.wsUrl()).arg("coins", coins.size()).commit();
    }

    @Override
    protected void tick(final long nowNs)
    {
        final WsConnection connection = active;
        if (null == connection)
        {
            if (attemptDue(nowNs))
            {
                connect();
            }
        }
        else if (connection.isClosed())
        {
            logDisconnected(connection);
            replace(connection, InboundFrame.DISCONNECTED, "connection lost: " + connection.closeReason());
            logReconnecting();
        }
        else if (isStale(connection, nowNs))
        {
            logStale(connection);
            replace(connection, InboundFrame.STALE, staleDetail());
        }
        else
        {
            worked(connection);
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
    }

    @Override
    protected long parkNs(final long nowNs)
    {
        return Math.min(TICK_NS, Math.max(1, nextPingNs - nowNs));
    }

    /** Publish the pipe's counts, and log the frames refused as oversized since the last time: one line. */
    @Override
    protected void publishCounters()
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
                .append(" bytes, limit ").append(settings.maxFrameBytes())
                .arg("oversized_frames", oversized).commit();
        }
    }

    @Override
    protected void shutDownAll()
    {
        shutDown(active);
    }

    /** The pipe refuses every frame from now on. */
    @Override
    protected void refuseFrames()
    {
        pipe.close();
    }

    @Override
    protected void stopped()
    {
        ledger.close();
    }

    private void connect()
    {
        final WsConnection connection =
            newConnection(new PipeSink(pipe, new FrameRouter(coins)));
        final int id = connection.id();
        // Admitted before the handshake, so that no frame arriving right after it is lost.
        pipe.current(id);
        try
        {
            connection.open(settings.wsUrl(), settings.connectTimeoutIntMs());
        }
        catch (final IOException | WebSocketException ex)
        {
            pipe.current(FramePipe.NONE);
            log.claim(EventCode.WARNING).append("connect failed: ").append(ex).commit();
            shutDown(connection);
            scheduleRetry();
            return;
        }
        log.claim(EventCode.CONNECTED).append("connection ").append(id).append(' ').append(settings.wsUrl()).commit();
        for (final String request : subscriptions)
        {
            connection.send(request);
        }
        log.claim(EventCode.SUBSCRIBED).append("l2Book and trades").arg("coins", coins.size())
            .arg("subscriptions", subscriptions.size()).commit();
        nextPingNs = nanoClock.nanoTime() + pingNs;
        active = connection;
    }

    private void replace(final WsConnection connection, final int notice, final String detail)
    {
        active = null;
        pipe.current(FramePipe.NONE);
        pendingNotice = notice;
        worked(connection);
        shutDown(connection);
        counters.increment(Counter.RECONNECTS);
        final long epochNs = epochClock.nanoTime();
        for (int i = 0; i < coins.size(); i++)
        {
            ledger.reconnect(i, epochNs, detail);
        }
        scheduleRetry();
    }
}
