package dev.spindle.replay;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * How a replay's threads wait for each other: a few spins and yields, then parks of 20 µs growing to 1 ms. A replay
 * runs its reader, replay and writer threads on as few as two cores, so a waiting thread must give its core to the
 * others rather than spin; the queues between them hold several milliseconds of work, so a parked thread wakes
 * before the other side runs dry.
 */
public final class ReplayIdle
{
    private static final int SPINS = 8;
    private static final int YIELDS = 4;
    private static final long MIN_PARK_NS = 20_000;
    private static final long MAX_PARK_NS = 1_000_000;

    private ReplayIdle()
    {
    }

    /** @return a new strategy; one per thread. */
    public static IdleStrategy create()
    {
        return new BackoffIdleStrategy(SPINS, YIELDS, MIN_PARK_NS, MAX_PARK_NS);
    }
}
