package dev.spindle.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PooledChannelTest
{
    static final class Event
    {
        long seq;
    }

    @Test
    void shouldRecycleTheSamePreallocatedEvents()
    {
        final PooledChannel<Event> channel = new PooledChannel<>(4, Event::new);
        final Map<Event, Boolean> seen = new IdentityHashMap<>();
        for (int round = 0; round < 100; round++)
        {
            final Event e = channel.claim();
            assertNotNull(e);
            e.seq = round;
            channel.publish(e);
            final long expected = round;
            assertEquals(1, channel.drain(ev -> assertEquals(expected, ev.seq), 10));
            seen.put(e, Boolean.TRUE);
        }
        assertEquals(4, seen.size(), "only the preallocated events are ever handed out");
        assertEquals(0, channel.drops());
        assertEquals(100, channel.published());
    }

    @Test
    void shouldCountClaimsRefusedWhileEveryEventIsInFlight()
    {
        final PooledChannel<Event> channel = new PooledChannel<>(8, Event::new);
        for (int i = 0; i < 8; i++)
        {
            channel.publish(channel.claim());
        }
        for (int i = 0; i < 5; i++)
        {
            assertNull(channel.claim());
        }
        assertEquals(5, channel.drops());
        assertEquals(8, channel.size());
        assertEquals(8, channel.drain(e -> { }, 100));
        assertNotNull(channel.claim());
        assertEquals(5, channel.drops());
    }

    @Test
    void shouldRecycleAnEventEvenWhenTheHandlerThrows()
    {
        final PooledChannel<Event> channel = new PooledChannel<>(2, Event::new);
        final Event first = channel.claim();
        channel.publish(first);
        try
        {
            channel.drain(e -> { throw new IllegalStateException("boom"); }, 1);
        }
        catch (final IllegalStateException expected)
        {
            // the event must still go back to the pool
        }
        final Map<Event, Boolean> available = new IdentityHashMap<>();
        Event e;
        while ((e = channel.claim()) != null)
        {
            available.put(e, Boolean.TRUE);
        }
        assertEquals(channel.capacity(), available.size());
        assertTrue(available.containsKey(first), "the event whose handler threw went back to the pool");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldDeliverEveryPublishedEventInOrderAcrossThreads() throws Exception
    {
        final long events = 2_000_000;
        final PooledChannel<Event> channel = new PooledChannel<>(256, Event::new);
        final AtomicLong received = new AtomicLong();
        final AtomicLong firstMismatch = new AtomicLong(-1);
        final Thread producer = new Thread(() ->
        {
            long seq = 0;
            while (seq < events)
            {
                final Event e = channel.claim();
                if (e != null)
                {
                    e.seq = seq++;
                    channel.publish(e);
                }
                else
                {
                    Thread.onSpinWait();
                }
            }
        });
        producer.start();
        final long[] next = {0};
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
        while (next[0] < events && System.nanoTime() - deadline < 0)
        {
            channel.drain(e ->
            {
                if (e.seq != next[0] && firstMismatch.get() < 0)
                {
                    firstMismatch.set(next[0]);
                }
                next[0]++;
            }, 128);
        }
        producer.join(5_000);
        received.set(next[0]);
        assertEquals(events, received.get());
        assertEquals(-1, firstMismatch.get());
        assertEquals(events, channel.published());
    }
}
