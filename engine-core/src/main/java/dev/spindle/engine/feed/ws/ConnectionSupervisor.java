package dev.spindle.engine.feed.ws;

import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

import dev.spindle.engine.feed.Backoff;
import dev.spindle.engine.feed.ConnectionSettings;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;

/**
 * Base of a venue's connection thread ({@code <name>-ws}): owns the thread, its tick loop, the reconnect
 * schedule, connection creation and shut-down, and the log lines every venue writes the same way. The venue
 * decides each tick what to do ({@link #tick}): connect, replace a lost or stale connection, ping, roll over.
 * <p>
 * Reconnect schedule: the first retry after a connection that delivered data is immediate; retries without data
 * in between back off exponentially with jitter ({@link Backoff}). Connecting blocks this thread only, never a
 * reader or the engine. Nothing here runs on a hot path: the loop parks between ticks.
 */
public abstract class ConnectionSupervisor implements AutoCloseable
{
    /** Longest wait for a connection's threads after closing it. */
    protected static final long CLOSE_WAIT_MS = 3_000;
    /** Longest park between ticks. */
    protected static final long TICK_NS = 10_000_000L;
    private static final long HOUSEKEEPING_NS = 100_000_000L;

    /** Shared connection settings. */
    protected final ConnectionSettings settings;
    /** Events of this thread ({@code <name>:ws}). */
    protected final EventProducer log;
    /** Counters of this thread ({@code reconnects}, drops). */
    protected final Counters counters;
    /** Monotonic clock. */
    protected final NanoClock nanoClock;
    /** Wall clock of ledger and notice stamps. */
    protected final EpochNanoClock epochClock;
    /** Reconnect back-off, also for a venue's own retries (rollover candidates). */
    protected final Backoff backoff;
    private final long staleNs;
    private final Thread thread;
    private long nextAttemptNs;
    private int failedAttempts;
    private int nextId;
    private long nextHousekeepingNs;
    private volatile boolean running = true;

    /**
     * @param settings shared connection settings.
     * @param log      events of this thread.
     * @param counters counters of this thread.
     */
    protected ConnectionSupervisor(final ConnectionSettings settings, final EventProducer log, final Counters counters)
    {
        this.settings = settings;
        this.log = log;
        this.counters = counters;
        nanoClock = settings.nanoClock();
        epochClock = settings.epochClock();
        backoff = new Backoff(settings.reconnectMinMs(), settings.reconnectMaxMs(), new Random());
        staleNs = settings.staleMs() * 1_000_000L;
        thread = new Thread(this::run, settings.name() + "-ws");
        thread.setDaemon(true);
    }

    /** Start the connection thread. */
    public final void start()
    {
        thread.start();
    }

    /**
     * Stop reading: {@link #refuseFrames()} first, then the thread closes its connections (joining their threads)
     * and ends, then {@link #stopped()}. Idempotent.
     */
    @Override
    public final void close()
    {
        running = false;
        refuseFrames();
        LockSupport.unpark(thread);
        try
        {
            thread.join(settings.connectTimeoutMs() + CLOSE_WAIT_MS * 2);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        stopped();
    }

    /** Log the start of the thread (URL and what it subscribes). Connection thread. */
    protected abstract void logStarted();

    /**
     * One turn of the loop: look at the connections and act. Connection thread.
     *
     * @param nowNs monotonic time at the start of the turn.
     */
    protected abstract void tick(long nowNs);

    /** Copy drop counts into {@link #counters}; every 100 ms and once at the end. Connection thread. */
    protected abstract void publishCounters();

    /** Close every connection still held ({@link #shutDown}), as the thread ends. Connection thread. */
    protected abstract void shutDownAll();

    /** Make the venue's gate refuse every frame from now on. Caller of {@link #close()}. */
    protected abstract void refuseFrames();

    /** Release what the venue owns once the thread ended (its ledger producer). Caller of {@link #close()}. */
    protected abstract void stopped();

    /**
     * @param nowNs monotonic time at the start of the turn.
     * @return how long to park after the turn; {@link #TICK_NS} unless a venue timer is due sooner.
     */
    protected long parkNs(final long nowNs)
    {
        return TICK_NS;
    }

    /**
     * @param sink the venue's sink for its frames.
     * @return a new, not yet open connection with the next id, whose threads are named after this one.
     */
    protected final WsConnection newConnection(final FrameSink sink)
    {
        return new WsConnection(
            ++nextId, sink, settings.maxFrameBytes(), nanoClock, epochClock, thread, settings.name() + "-ws");
    }

    /**
     * @param connection an open connection.
     * @param nowNs      monotonic now.
     * @return true if it has had no text frame for {@code --stale-ms}.
     */
    protected final boolean isStale(final WsConnection connection, final long nowNs)
    {
        return nowNs - connection.lastFrameNs() - staleNs > 0;
    }

    /**
     * @param nowNs monotonic now.
     * @return true once the scheduled reconnect attempt is due.
     */
    protected final boolean attemptDue(final long nowNs)
    {
        return nowNs - nextAttemptNs >= 0;
    }

    /**
     * Reset the back-off once a connection delivered data.
     *
     * @param connection the current or just replaced connection.
     */
    protected final void worked(final WsConnection connection)
    {
        if (failedAttempts != 0 && connection.dataFrames() > 0)
        {
            failedAttempts = 0;
        }
    }

    /** Schedule the next attempt: immediate after a working connection, backed off after failed ones. */
    protected final void scheduleRetry()
    {
        failedAttempts++;
        final long delayMs = failedAttempts <= 1 ? 0 : backoff.delayMs(failedAttempts - 1);
        nextAttemptNs = nanoClock.nanoTime() + delayMs * 1_000_000L;
    }

    /**
     * Log that a connection closed.
     *
     * @param connection the closed connection.
     */
    protected final void logDisconnected(final WsConnection connection)
    {
        log.claim(EventCode.DISCONNECTED).append("connection ").append(connection.id()).append(' ')
            .append(String.valueOf(connection.closeReason())).commit();
    }

    /** Log the scheduled reconnect with its delay and the reconnects so far. */
    protected final void logReconnecting()
    {
        log.claim(EventCode.RECONNECT).append("reconnecting")
            .arg("in_ms", (nextAttemptNs - nanoClock.nanoTime()) / 1_000_000L)
            .arg("reconnects", counters.get(Counter.RECONNECTS)).commit();
    }

    /**
     * Log that a connection went stale.
     *
     * @param connection the stale connection.
     */
    protected final void logStale(final WsConnection connection)
    {
        log.claim(EventCode.STALE).append("no frame for ").append(settings.staleMs())
            .append(" ms on connection ").append(connection.id()).append(": books are stale, reconnecting").commit();
    }

    /** @return the ledger detail of a stale replacement. */
    protected final String staleDetail()
    {
        return "stale feed: no frame for " + settings.staleMs() + " ms";
    }

    /**
     * Close a connection and wait for its threads.
     *
     * @param connection the connection, or null for nothing to do.
     */
    protected static void shutDown(final WsConnection connection)
    {
        if (null != connection)
        {
            connection.close("client closing");
            connection.awaitClosed(CLOSE_WAIT_MS);
        }
    }

    private void run()
    {
        logStarted();
        while (running)
        {
            final long nowNs = nanoClock.nanoTime();
            tick(nowNs);
            if (nowNs - nextHousekeepingNs >= 0)
            {
                publishCounters();
                nextHousekeepingNs = nowNs + HOUSEKEEPING_NS;
            }
            LockSupport.parkNanos(parkNs(nowNs));
        }
        shutDownAll();
        publishCounters();
        log.emit(EventCode.STOPPED, "reconnects", counters.get(Counter.RECONNECTS));
    }
}
