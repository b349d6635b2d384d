package dev.spindle.tools.sim.binance.ws;

import java.util.List;

import org.java_websocket.framing.CloseFrame;

import dev.spindle.tools.sim.binance.SimCounters;

/**
 * Binance's connection rules, run on the sender thread: a ping frame every {@code pingIntervalNs} (the pong
 * must echo its payload; unsolicited pongs do not count), a close when no pong came within
 * {@code pongTimeoutNs} of the oldest unanswered ping, a close at the maximum connection lifetime, and the
 * close that follows a {@code serverShutdown} after its grace period.
 */
public final class ConnectionKeeper
{
    private final List<SimConnection> connections;
    private final SimCounters counters;
    private final long pingIntervalNs;
    private final long pongTimeoutNs;
    private final long lifetimeNs;

    /**
     * @param connections    the server's live list.
     * @param counters       where pings and closes are counted.
     * @param pingIntervalNs time between pings; 0 disables pings and the pong check.
     * @param pongTimeoutNs  how long a ping may stay unanswered.
     * @param lifetimeNs     maximum connection lifetime.
     */
    public ConnectionKeeper(
        final List<SimConnection> connections,
        final SimCounters counters,
        final long pingIntervalNs,
        final long pongTimeoutNs,
        final long lifetimeNs)
    {
        this.connections = connections;
        this.counters = counters;
        this.pingIntervalNs = pingIntervalNs;
        this.pongTimeoutNs = pongTimeoutNs;
        this.lifetimeNs = lifetimeNs;
    }

    /**
     * Send due pings and close what must be closed.
     *
     * @param nowNs {@link System#nanoTime()} read once by the caller.
     * @return the next time this needs to run.
     */
    public long doWork(final long nowNs)
    {
        long nextNs = nowNs + 1_000_000_000L;
        for (final SimConnection c : connections)
        {
            if (!c.isOpen())
            {
                continue;
            }
            if (c.closeAtNs != SimConnection.NONE)
            {
                if (nowNs - c.closeAtNs >= 0)
                {
                    c.closeAtNs = SimConnection.NONE;
                    c.close(CloseFrame.GOING_AWAY, "server shutdown");
                    continue;
                }
                nextNs = earlier(nextNs, c.closeAtNs);
            }
            final long endOfLifeNs = c.openedNs() + lifetimeNs;
            if (nowNs - endOfLifeNs >= 0)
            {
                counters.onLifetimeClose();
                c.close(CloseFrame.GOING_AWAY, "connection lifetime exceeded");
                continue;
            }
            nextNs = earlier(nextNs, endOfLifeNs);
            if (pingIntervalNs > 0)
            {
                if (!heartbeat(c, nowNs))
                {
                    continue;
                }
                nextNs = earlier(nextNs, c.nextPingNs);
                if (c.oldestUnansweredPingNs != SimConnection.NONE)
                {
                    nextNs = earlier(nextNs, c.oldestUnansweredPingNs + pongTimeoutNs);
                }
            }
        }
        return nextNs;
    }

    /** Schedule a close of every open connection after {@code graceNs}. */
    public void closeAllAfter(final long nowNs, final long graceNs)
    {
        for (final SimConnection c : connections)
        {
            c.closeAtNs = nowNs + graceNs;
        }
    }

    private boolean heartbeat(final SimConnection c, final long nowNs)
    {
        if (c.nextPingNs == 0)
        {
            c.nextPingNs = c.openedNs() + pingIntervalNs;
        }
        final long ponged = c.lastPongSeq();
        if (ponged != SimConnection.NONE && ponged > c.ackedPingSeq && ponged <= c.pingSeq)
        {
            c.ackedPingSeq = ponged;
            c.oldestUnansweredPingNs = ponged == c.pingSeq ? SimConnection.NONE : c.lastPingSentNs;
        }
        if (c.oldestUnansweredPingNs != SimConnection.NONE && nowNs - (c.oldestUnansweredPingNs + pongTimeoutNs) >= 0)
        {
            counters.onPongTimeout();
            c.close(CloseFrame.POLICY_VALIDATION, "pong timeout");
            return false;
        }
        if (nowNs - c.nextPingNs >= 0)
        {
            c.pingSeq++;
            if (c.sendPing(c.pingSeq))
            {
                counters.onPingSent();
                c.lastPingSentNs = nowNs;
                if (c.oldestUnansweredPingNs == SimConnection.NONE)
                {
                    c.oldestUnansweredPingNs = nowNs;
                }
            }
            c.nextPingNs = nowNs + pingIntervalNs;
        }
        return true;
    }

    private static long earlier(final long a, final long b)
    {
        return b - a < 0 ? b : a;
    }
}
