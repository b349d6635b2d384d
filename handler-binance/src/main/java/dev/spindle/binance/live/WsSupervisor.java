package dev.spindle.binance.live;

import java.io.IOException;

import com.neovisionaries.ws.client.WebSocketException;

import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.feed.Backoff;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.ws.ConnectionSupervisor;
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
final class WsSupervisor extends ConnectionSupervisor
{
    private final SymbolTable symbols;
    private final FrameGate gate;
    private final FrameTap.Producer ledger;
    private final String url;
    private final long maxAgeNs;
    private final long handoverNs;
    private WsConnection active;
    private WsConnection candidate;
    private String rolloverCause;
    private long candidateSinceNs;
    private int candidateFailures;
    private long nextCandidateNs;
    private boolean stalePending;

    WsSupervisor(
        final BinanceLiveConfig config,
        final SymbolTable symbols,
        final FrameGate gate,
        final EventProducer log,
        final Counters counters,
        final FrameTap.Producer ledger)
    {
        super(config.connection(), log, counters);
        this.symbols = symbols;
        this.gate = gate;
        this.ledger = ledger;
        url = config.combinedStreamUrl();
        maxAgeNs = config.maxConnectionAgeMs() * 1_000_000L;
        handoverNs = config.handoverTimeoutMs() * 1_000_000L;
    }

    @Override
    protected void logStarted()
    {
        log.claim(EventCode.STARTED).append(url).commit();
    }

    @Override
    protected void tick(final long nowNs)
    {
        final WsConnection primary = active;
        if (null == primary)
        {
            if (attemptDue(nowNs))
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
            worked(primary);
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
    }

    /** Publish the gate's counts, and log what the venue got wrong since the last time: one line per kind. */
    @Override
    protected void publishCounters()
    {
        counters.set(Counter.CAPTURE_DROPS, gate.tapDrops());
        final long repeats = gate.repeats();
        final long late = gate.lateFrames();
        final long oversized = gate.oversized();
        final long newRepeats = repeats - counters.get(Counter.DUPLICATE_FRAMES);
        final long newLate = late - counters.get(Counter.LATE_FRAMES);
        final long newOversized = oversized - counters.get(Counter.OVERSIZED_FRAMES);
        if (newRepeats > 0)
        {
            counters.set(Counter.DUPLICATE_FRAMES, repeats);
            log.claim(EventCode.WARNING).append("dropped ").append(newRepeats)
                .append(" duplicate frame(s) the venue sent again").arg("duplicate_frames", repeats).commit();
        }
        if (newLate > 0)
        {
            counters.set(Counter.LATE_FRAMES, late);
            log.claim(EventCode.WARNING).append("received ").append(newLate)
                .append(" frame(s) out of order, older than one before").arg("late_frames", late).commit();
        }
        if (newOversized > 0)
        {
            counters.set(Counter.OVERSIZED_FRAMES, oversized);
            log.claim(EventCode.WARNING).append("refused ").append(newOversized)
                .append(" oversized frame(s), largest ").append(gate.largestOversized())
                .append(" bytes, limit ").append(settings.maxFrameBytes())
                .arg("oversized_frames", oversized).commit();
        }
    }

    @Override
    protected void shutDownAll()
    {
        shutDown(candidate);
        shutDown(active);
    }

    /** The gate refuses every frame from now on. */
    @Override
    protected void refuseFrames()
    {
        gate.close();
    }

    @Override
    protected void stopped()
    {
        ledger.close();
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
            shutDown(candidate);
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
        shutDown(old);
    }

    private void lost(final WsConnection connection, final String reason)
    {
        logDisconnected(connection);
        final WsConnection next = candidate;
        candidate = null;
        active = null;
        shutDown(connection);
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
        worked(connection);
        scheduleRetry();
        logReconnecting();
    }

    private void stale(final WsConnection connection, final long nowNs)
    {
        logStale(connection);
        stalePending = !gate.publishNotice(InboundFrame.STALE, nowNs, epochClock.nanoTime());
        active = null;
        gate.primary(FrameGate.NONE);
        if (null != candidate)
        {
            shutDown(candidate);
            candidate = null;
        }
        shutDown(connection);
        counters.increment(Counter.RECONNECTS);
        ledgerAll(staleDetail());
        scheduleRetry();
    }

    /**
     * Admit the new connection into the gate first, so that no frame arriving right after the handshake is lost.
     *
     * @param asCandidate true to open it next to the primary (make-before-break), false to make it the primary.
     * @return the open connection, or null after logging the failure (the caller schedules the next attempt).
     */
    private WsConnection open(final boolean asCandidate)
    {
        final WsConnection connection = newConnection(new GateSink(gate, new FrameRouter(symbols)));
        final int id = connection.id();
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
            connection.open(url, settings.connectTimeoutIntMs());
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
            shutDown(connection);
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
