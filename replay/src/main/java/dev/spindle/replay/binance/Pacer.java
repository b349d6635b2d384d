package dev.spindle.replay.binance;

import java.util.concurrent.locks.LockSupport;

/**
 * {@code --speed real|<factor>}: holds each diff back until its exchange time, relative to the first diff's and
 * divided by the factor, has passed on the wall clock. Runs on the replay thread.
 */
final class Pacer
{
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final long MAX_PARK_NS = 10_000_000L;

    private final double factor;
    private long baseNs;
    private long baseMs = NO_TIME;

    /** @param factor speed as a factor of real time, greater than 0. */
    Pacer(final double factor)
    {
        this.factor = factor;
    }

    /** Wait until the diff stamped {@code timeMs} is due. */
    void pace(final long timeMs)
    {
        final long nowNs = System.nanoTime();
        if (baseMs == NO_TIME)
        {
            baseMs = timeMs;
            baseNs = nowNs;
            return;
        }
        final long dueNs = baseNs + (long)((timeMs - baseMs) * 1_000_000.0 / factor);
        long waitNs = dueNs - nowNs;
        while (waitNs > 0)
        {
            LockSupport.parkNanos(Math.min(waitNs, MAX_PARK_NS));
            waitNs = dueNs - System.nanoTime();
        }
    }
}
