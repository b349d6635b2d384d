package dev.spindle.engine.feed;

import java.util.Random;

/**
 * Exponential back-off with jitter for reconnects and retries: the delay before retry {@code n} (1, 2, ...) is
 * drawn uniformly from {@code [d/2, d]} with {@code d = min(max, min * 2^(n-1))}, so that many clients cut off
 * together do not come back together. Not thread safe: one per retrying thread.
 */
public final class Backoff
{
    private static final int MAX_SHIFT = 30;

    private final long minMs;
    private final long maxMs;
    private final Random random;

    /**
     * @param minMs  delay bound of the first retry.
     * @param maxMs  largest delay bound.
     * @param random jitter source.
     */
    public Backoff(final long minMs, final long maxMs, final Random random)
    {
        if (minMs <= 0 || maxMs < minMs)
        {
            throw new IllegalArgumentException("back-off needs 0 < min <= max: " + minMs + ", " + maxMs);
        }
        this.minMs = minMs;
        this.maxMs = maxMs;
        this.random = random;
    }

    /**
     * @param attempt the retry about to be made, from 1.
     * @return how long to wait before it, in ms.
     */
    public long delayMs(final int attempt)
    {
        final int shift = Math.min(Math.max(attempt, 1) - 1, MAX_SHIFT);
        final long bound = Math.min(maxMs, minMs << shift);
        final long half = bound / 2;
        return half + (long)(random.nextDouble() * (bound - half + 1));
    }
}
