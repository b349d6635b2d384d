package dev.spindle.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.testing.Allocations;

@Timeout(30)
class CountersTest
{
    @Test
    void shouldGiveEveryCounterAUniqueIdMatchingItsSlotAndAUniqueLabel()
    {
        final Set<String> labels = new HashSet<>();
        for (int id = 0; id < Counter.count(); id++)
        {
            final Counter counter = Counter.byId(id);
            assertEquals(id, counter.id());
            assertEquals(true, labels.add(counter.label()), counter.label());
            assertEquals(true, counter.label().matches("[a-z0-9_]+"), counter.label());
        }
        assertThrows(IllegalArgumentException.class, () -> Counter.byId(Counter.count()));
    }

    @Test
    void shouldAllocateNothingWhenCounting()
    {
        final Counters counters = new Counters("feed");
        final Runnable counting = () ->
        {
            for (int i = 0; i < 100_000; i++)
            {
                counters.increment(Counter.MESSAGES);
                counters.add(Counter.BYTES, 120);
                counters.set(Counter.STALE, i);
                counters.addAtomic(Counter.RECONNECTS, 1);
            }
        };
        Allocations.assertAllocatesNothing(counting);
        assertEquals(0, counters.get(Counter.MESSAGES) % 100_000);
        assertEquals(120 * counters.get(Counter.MESSAGES), counters.get(Counter.BYTES));
        assertEquals(counters.get(Counter.MESSAGES), counters.get(Counter.RECONNECTS));
        assertEquals(99_999, counters.get(Counter.STALE));
    }

    @Test
    void shouldBeReadableFromAnotherThreadWhileOneThreadWrites() throws InterruptedException
    {
        final Counters counters = new Counters("feed");
        final long total = 5_000_000;
        final Thread writer = new Thread(() ->
        {
            for (long i = 0; i < total; i++)
            {
                counters.increment(Counter.MESSAGES);
            }
        });
        writer.start();
        long seen = 0;
        long previous = 0;
        while (seen < total)
        {
            seen = counters.get(Counter.MESSAGES);
            assertEquals(true, seen >= previous, "counter went backwards");
            previous = seen;
            Thread.onSpinWait();
        }
        writer.join();
        assertEquals(total, counters.get(Counter.MESSAGES));
    }

    @Test
    void shouldHandOutOneCounterSetPerSource()
    {
        final MetricsRegistry registry = new MetricsRegistry();
        assertSame(registry.counters("binance"), registry.counters("binance"));
        assertSame(registry.latency("binance"), registry.latency("binance"));
        registry.counters("hyperliquid");
        assertEquals(2, registry.allCounters().size());
        assertEquals("hyperliquid", registry.allCounters().get(1).source());
    }
}
