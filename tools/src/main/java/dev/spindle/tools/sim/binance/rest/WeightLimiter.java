package dev.spindle.tools.sim.binance.rest;

/**
 * Binance's {@code REQUEST_WEIGHT} limit per minute for the whole (loopback) IP: weights add up within a
 * calendar minute of the injected clock and reset when the minute changes. Thread safe.
 */
public final class WeightLimiter
{
    private static final long WINDOW_MS = 60_000;

    private final int limitPerMinute;
    private long windowStartMs = Long.MIN_VALUE;
    private int usedWeight;

    /**
     * @param limitPerMinute weight allowed per minute, &gt; 0.
     */
    public WeightLimiter(final int limitPerMinute)
    {
        if (limitPerMinute <= 0)
        {
            throw new IllegalArgumentException("weight limit must be positive, got " + limitPerMinute);
        }
        this.limitPerMinute = limitPerMinute;
    }

    /** @return the configured limit. */
    public int limitPerMinute()
    {
        return limitPerMinute;
    }

    /**
     * Charge {@code weight} if it fits in this minute.
     *
     * @param weight request weight.
     * @param nowMs  epoch ms.
     * @return 0 if admitted and charged; otherwise the seconds until the minute resets (&ge; 1), for
     * {@code Retry-After}.
     */
    public synchronized long tryAcquire(final int weight, final long nowMs)
    {
        roll(nowMs);
        if (usedWeight + weight > limitPerMinute)
        {
            final long remainingMs = windowStartMs + WINDOW_MS - nowMs;
            return Math.max(1, (remainingMs + 999) / 1000);
        }
        usedWeight += weight;
        return 0;
    }

    /**
     * @param nowMs epoch ms.
     * @return weight used in the current minute, for {@code X-MBX-USED-WEIGHT-1M}.
     */
    public synchronized int usedWeight(final long nowMs)
    {
        roll(nowMs);
        return usedWeight;
    }

    private void roll(final long nowMs)
    {
        final long start = nowMs - Math.floorMod(nowMs, WINDOW_MS);
        if (start != windowStartMs)
        {
            windowStartMs = start;
            usedWeight = 0;
        }
    }
}
