package dev.spindle.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SpscChannelTest
{
    private static final long EVENTS = 10_000_000L;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldDeliverTenMillionSequencedEventsCompleteAndInOrder() throws Exception
    {
        final SpscChannel<long[]> channel = new SpscChannel<>(1024);
        final long[][] boxes = new long[2048][1]; // reuse boxes: the consumer is at most 1024 behind
        final AtomicLong mismatch = new AtomicLong(-1);
        final AtomicLong received = new AtomicLong();

        final Thread consumer = new Thread(() ->
        {
            final long[] next = {0};
            final MessageHandler<long[]> handler = box ->
            {
                if (box[0] != next[0] && mismatch.get() < 0)
                {
                    mismatch.set(next[0]);
                }
                next[0]++;
            };
            while (next[0] < EVENTS && !Thread.currentThread().isInterrupted())
            {
                if (channel.drain(handler, 256) == 0)
                {
                    Thread.onSpinWait();
                }
            }
            received.set(next[0]);
        }, "test-consumer");
        consumer.start();

        long refused = 0;
        for (long seq = 0; seq < EVENTS; seq++)
        {
            final long[] box = boxes[(int)(seq & 2047)];
            box[0] = seq;
            while (!channel.offer(box))
            {
                refused++;
                Thread.onSpinWait();
            }
        }
        consumer.join(TimeUnit.SECONDS.toMillis(50));
        consumer.interrupt();

        assertEquals(EVENTS, received.get(), "received");
        assertEquals(-1, mismatch.get(), "first out-of-order sequence");
        assertEquals(refused, channel.drops(), "every refused offer counted, no more");
        assertEquals(EVENTS + refused, channel.offered());
    }

    @Test
    void shouldCountExactlyTheRefusedOffersWhenTheConsumerStalls()
    {
        final SpscChannel<Integer> channel = new SpscChannel<>(64);
        final int attempts = 1000;
        int accepted = 0;
        for (int i = 0; i < attempts; i++)
        {
            if (channel.offer(i))
            {
                accepted++;
            }
        }
        assertEquals(64, channel.capacity());
        assertEquals(64, accepted);
        assertEquals(attempts - 64, channel.drops());
        assertEquals(attempts, channel.offered());
        assertEquals(64, channel.size());

        final List<Integer> drained = new ArrayList<>();
        assertEquals(10, channel.drain(drained::add, 10));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), drained);
        assertEquals(54, channel.size());
    }

    @Test
    void shouldCountDropsExactlyWithARealStalledConsumerThread() throws Exception
    {
        final SpscChannel<Integer> channel = new SpscChannel<>(128);
        final Thread producer = new Thread(() ->
        {
            for (int i = 0; i < 100_000; i++)
            {
                channel.offer(i);
            }
        });
        producer.start();
        producer.join(10_000);
        assertFalse(producer.isAlive());

        int drained = 0;
        while (channel.poll() != null)
        {
            drained++;
        }
        assertEquals(128, drained);
        assertEquals(100_000 - 128, channel.drops());
        assertNull(channel.poll());
    }

    @Test
    void shouldRejectTinyCapacity()
    {
        assertThrows(IllegalArgumentException.class, () -> new SpscChannel<>(1));
        assertTrue(new SpscChannel<>(3).capacity() >= 3);
    }
}
