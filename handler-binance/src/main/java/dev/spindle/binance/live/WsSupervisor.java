package dev.spindle.binance.live;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

import com.neovisionaries.ws.client.WebSocketException;

import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.feed.Backoff;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.ws.WsConnection;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;

/**
 * The connection thread ({@code binance-ws}): keeps one combined-stream connection open for all symbols.
 * <ul>
 * <li><b>Connect / reconnect</b>: after a lost connection the first attempt is immediate, later ones back off
 * exponentially with jitter ({@link Backoff}).</li>
 * <li><b>Stale feed</b>: no text frame for {@code --stale-ms} (pings do not count) → an in-band STALE notice to
 * the engine (every book goes {@code STALE} and resyncs from the next frames), and the connection is replaced.</li>
 * <li><b>Planned rollover</b> ({@code serverShutdown} notice, or {@code --max-connection-age}): make-before-break.
 * A new connection is opened while the old one still delivers; the {@link FrameGate} lets each frame through once;
 * when the new connection continues every chain (or the handover timeout passes, or the old one closes) it is
 * promoted and the old one closed. The books never leave {@code LIVE}.</li>
 * </ul>
 * Every replacement is logged, counted ({@code reconnects} in {@code binance:ws}) and written to each symbol's
 * capture ledger. Connecting blocks this thread only, never a reader or the engine.
 */
final class WsSupervisor implements AutoCloseable
{
    private static final long TICK_NS = 10_000_000L;
    private static final long HOUSEKEEPING_NS = 100_000_000L;
    private static final long CLOSE_WAIT_MS = 3_000;

    private final BinanceLiveConfig config;
    private final SymbolTable symbols;
    private final FrameGate gate;
    private final EventProducer log;
    private final Counters counters;
    private final FrameTap.Producer ledger;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;
    private final Backoff backoff;
    private final String url;
    private final long staleNs;
    private final long maxAgeNs;
    private final long handoverNs;
    private final Thread thread;
    private WsConnection active;
    private WsConnection candidate;
    private String rolloverCause;
    private long candidateSinceNs;
    private long nextAttemptNs;
    private int failedAttempts;
    private int candidateFailures;
    private long nextCandidateNs;
    private int nextId;
    private boolean stalePending;
    private long nextHousekeepingNs;
    private volatile boolean running = true;

    WsSupervisor(
        final BinanceLiveConfig config,
        final SymbolTable symbols,
        final FrameGate gate,
        final EventProducer log,
        final Counters counters,
        final FrameTap.Producer ledger)
    {
        this.config = config;
        this.symbols = symbols;
        this.gate = gate;
        this.log = log;
        this.counters = counters;
        this.ledger = ledger;
        nanoClock = config.connection().nanoClock();
        epochClock = config.connection().epochClock();
        backoff = new Backoff(config.connection().reconnectMinMs(), config.connection().reconnectMaxMs(), new Random());
        url = config.combinedStreamUrl();
        staleNs = config.connection().staleMs() * 1_000_000L;
        maxAgeNs = config.maxConnectionAgeMs() * 1_000_000L;
        handoverNs = config.handoverTimeoutMs() * 1_000_000L;
        thread = new Thread(this::run, config.name() + "-ws");
        thread.setDaemon(true);
    }

    void start()
    {
        thread.start();
    }

    /**
     * Stop reading: the gate refuses every frame from now on, the connections are closed and their threads
     * joined, then this thread ends. Idempotent.
     */
    @Override
    public void close()
    {
        running = false;
        gate.close();
        LockSupport.unpark(thread);
        try
        {
            thread.join(config.connection().connectTimeoutMs() + CLOSE_WAIT_MS * 2);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        ledger.close();
    }

    private void run()
    {
        log.claim(EventCode.STARTED).append(url).commit();
        while (running)
        {
            final long nowNs = nanoClock.nanoTime();
            final WsConnection primary = active;
            if (null == primary)
            {
                if (nowNs - nextAttemptNs >= 0)
                {
                    connectPrimary();
                }
            }
            else if (primary.isClosed())
            {
                lost(primary, primary.closeReason());
            }
            else if (isStale(primary, nowNs))
            {
                stale(primary, nowNs);
            }
            else
            {
                if (failedAttempts != 0 && primary.dataFrames() > 0)
                {
                    failedAttempts = 0;
                }
                if (null == candidate && nowNs - nextCandidateNs >= 0 &&
                    (primary.shutdownNotice() || nowNs - primary.openedNs() - maxAgeNs >= 0))
                {
                    rolloverCause = primary.shutdownNotice() ? "serverShutdown" : "connection age limit";
                    openCandidate();
                }
            }
            if (null != candidate)
            {
                handover(nanoClock.nanoTime());
            }
            if (stalePending)
            {
                stalePending = !gate.publishNotice(InboundFrame.STALE, nowNs, epochClock.nanoTime());
            }
            if (nowNs - nextHousekeepingNs >= 0)
            {
                counters.set(Counter.CAPTURE_DROPS, gate.tapDrops());
                nextHousekeepingNs = nowNs + HOUSEKEEPING_NS;
            }
            LockSupport.parkNanos(TICK_NS);
        }
        WsConnection.shutDown(candidate, CLOSE_WAIT_MS);
        WsConnection.shutDown(active, CLOSE_WAIT_MS);
        counters.set(Counter.CAPTURE_DROPS, gate.tapDrops());
        log.emit(EventCode.STOPPED, "reconnects", counters.get(Counter.RECONNECTS));
    }

    private boolean isStale(final WsConnection connection, final long nowNs)
    {
        return nowNs - connection.lastFrameNs() - staleNs > 0;
    }

    private void connectPrimary()
    {
        active = open(false);
        if (null == active)
        {
            scheduleRetry();
        }
    }

    private void openCandidate()
    {
        log.claim(EventCode.RECONNECT).append("rollover (").append(rolloverCause)
            .append("): opening a new connection before closing connection ").append(active.id()).commit();
        candidate = open(true);
        candidateSinceNs = nanoClock.nanoTime();
        if (null == candidate)
        {
            candidateFailures++;
            nextCandidateNs = candidateSinceNs + backoff.delayMs(candidateFailures) * 1_000_000L;
        }
        else
        {
            candidateFailures = 0;
        }
    }

    private void handover(final long nowNs)
    {
        if (candidate.isClosed())
        {
            log.claim(EventCode.WARNING).append("new connection ").append(candidate.id()).append(' ')
                .append(String.valueOf(candidate.closeReason())).append(" before the handover; retrying").commit();
            gate.candidate(FrameGate.NONE);
            WsConnection.shutDown(candidate, CLOSE_WAIT_MS);
            candidate = null;
            candidateFailures++;
            nextCandidateNs = nowNs + backoff.delayMs(candidateFailures) * 1_000_000L;
            return;
        }
        final WsConnection old = active;
        final boolean ready = gate.candidateReady();
        if (!ready && !old.isClosed() && nowNs - candidateSinceNs - handoverNs < 0)
        {
            return;
        }
        gate.promoteCandidate();
        active = candidate;
        candidate = null;
        counters.increment(Counter.RECONNECTS);
        final String how = ready ? "chains continue on the new connection" :
            old.isClosed() ? "old connection closed first" : "handover timeout";
        log.claim(EventCode.RECONNECT).append("rollover done (").append(rolloverCause).append("): connection ")
            .append(active.id()).append(" replaces ").append(old.id()).append(", ").append(how)
            .arg("reconnects", counters.get(Counter.RECONNECTS)).commit();
        ledgerAll("rollover (" + rolloverCause + "), " + how);
        WsConnection.shutDown(old, CLOSE_WAIT_MS);
    }

    private void lost(final WsConnection connection, final String reason)
    {
        log.claim(EventCode.DISCONNECTED).append("connection ").append(connection.id()).append(' ')
            .append(String.valueOf(reason)).commit();
        final WsConnection next = candidate;
        candidate = null;
        active = null;
        WsConnection.shutDown(connection, CLOSE_WAIT_MS);
        counters.increment(Counter.RECONNECTS);
        if (null != next)
        {
            gate.primary(next.id());
            active = next;
            ledgerAll("connection lost during rollover; continuing on the new connection");
            log.claim(EventCode.RECONNECT).append("continuing on connection ").append(next.id())
                .arg("reconnects", counters.get(Counter.RECONNECTS)).commit();
            return;
        }
        gate.primary(FrameGate.NONE);
        ledgerAll("connection lost: " + reason);
        if (connection.dataFrames() > 0)
        {
            failedAttempts = 0;
        }
        scheduleRetry();
        log.claim(EventCode.RECONNECT).append("reconnecting")
            .arg("in_ms", (nextAttemptNs - nanoClock.nanoTime()) / 1_000_000L)
            .arg("reconnects", counters.get(Counter.RECONNECTS)).commit();
    }

    private void stale(final WsConnection connection, final long nowNs)
    {
        log.claim(EventCode.STALE).append("no frame for ").append(config.connection().staleMs())
            .append(" ms on connection ").append(connection.id()).append(": books are stale, reconnecting").commit();
        stalePending = !gate.publishNotice(InboundFrame.STALE, nowNs, epochClock.nanoTime());
        active = null;
        gate.primary(FrameGate.NONE);
        if (null != candidate)
        {
            WsConnection.shutDown(candidate, CLOSE_WAIT_MS);
            candidate = null;
        }
        WsConnection.shutDown(connection, CLOSE_WAIT_MS);
        counters.increment(Counter.RECONNECTS);
        ledgerAll("stale feed: no frame for " + config.connection().staleMs() + " ms");
        scheduleRetry();
    }

    /** The first retry after a working connection is immediate; retries without data in between back off. */
    private void scheduleRetry()
    {
        failedAttempts++;
        final long delayMs = failedAttempts <= 1 ? 0 : backoff.delayMs(failedAttempts - 1);
        nextAttemptNs = nanoClock.nanoTime() + delayMs * 1_000_000L;
    }

    /**
     * Admit the new connection into the gate first, so that no frame arriving right after the handshake is lost.
     *
     * @param asCandidate true to open it next to the primary (make-before-break), false to make it the primary.
     * @return the open connection, or null after logging the failure (the caller schedules the next attempt).
     */
    private WsConnection open(final boolean asCandidate)
    {
        final int id = ++nextId;
        final WsConnection connection = new WsConnection(
            id, new GateSink(gate, new FrameRouter(symbols)), nanoClock, epochClock, thread, config.name() + "-ws");
        if (asCandidate)
        {
            gate.candidate(id);
        }
        else
        {
            gate.primary(id);
        }
        try
        {
            connection.open(url, config.connection().connectTimeoutIntMs());
            log.claim(EventCode.CONNECTED).append("connection ").append(id).append(' ').append(url).commit();
            return connection;
        }
        catch (final IOException | WebSocketException ex)
        {
            if (asCandidate)
            {
                gate.candidate(FrameGate.NONE);
            }
            else
            {
                gate.primary(FrameGate.NONE);
            }
            log.claim(EventCode.WARNING).append("connect failed: ").append(ex).commit();
            WsConnection.shutDown(connection, CLOSE_WAIT_MS);
            return null;
        }
    }

    private void ledgerAll(final String detail)
    {
        final long epochNs = epochClock.nanoTime();
        for (int i = 0; i < symbols.size(); i++)
        {
            ledger.ledger(i, FrameTap.LedgerEvent.RECONNECT, -1, -1, epochNs, detail);
        }
    }
}
