package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetryAfterTest
{
    @Test
    void shouldReadRetryAfterSecondsAndFallBackToAMinuteWhenUnusable()
    {
        assertEquals(2_000, SnapshotFetcher.retryAfterMs("2"));
        assertEquals(120_000, SnapshotFetcher.retryAfterMs(" 120 "));
        assertEquals(0, SnapshotFetcher.retryAfterMs("0"));
        assertEquals(SnapshotFetcher.DEFAULT_RETRY_AFTER_MS, SnapshotFetcher.retryAfterMs(null));
        assertEquals(SnapshotFetcher.DEFAULT_RETRY_AFTER_MS, SnapshotFetcher.retryAfterMs("-5"));
        assertEquals(SnapshotFetcher.DEFAULT_RETRY_AFTER_MS,
            SnapshotFetcher.retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"));
    }
}
