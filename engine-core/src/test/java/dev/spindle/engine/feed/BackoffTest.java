package dev.spindle.engine.feed;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BackoffTest
{
    @Test
    void shouldDoubleTheBoundUpToTheMaximumWithJitterInTheUpperHalf()
    {
        final Backoff backoff = new Backoff(100, 1_000, new Random(42));
        final long[] bounds = {100, 200, 400, 800, 1_000, 1_000, 1_000};
        for (int attempt = 1; attempt <= bounds.length; attempt++)
        {
            final long bound = bounds[attempt - 1];
            for (int i = 0; i < 200; i++)
            {
                final long delay = backoff.delayMs(attempt);
                assertTrue(delay >= bound / 2 && delay <= bound, "attempt " + attempt + ": " + delay);
            }
        }
        assertTrue(backoff.delayMs(1_000) <= 1_000, "huge attempt numbers stay capped");
        assertTrue(backoff.delayMs(Integer.MAX_VALUE) <= 1_000);
    }

    @Test
    void shouldSpreadClientsThatRetryTogether()
    {
        final Backoff backoff = new Backoff(1_000, 60_000, new Random(7));
        final Set<Long> delays = new HashSet<>();
        for (int client = 0; client < 20; client++)
        {
            delays.add(backoff.delayMs(3));
        }
        assertTrue(delays.size() > 10, "delays " + delays);
    }

    @Test
    void shouldRejectABoundsOrderThatCannotWork()
    {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, 10, new Random()));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(10, 5, new Random()));
    }
}
