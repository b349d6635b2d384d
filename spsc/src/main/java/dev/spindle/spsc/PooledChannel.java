package dev.spindle.spsc;

import java.util.function.Supplier;

import org.jctools.queues.SpscArrayQueue;

/**
 * A single-producer single-consumer channel of preallocated, recycled mutable events, so that a hot-path
 * producer allocates nothing: the producer {@link #claim()}s a free event, fills it in place and
 * {@link #publish(Object)}es it; the consumer {@link #drain}s published events, and each event goes back to the
 * free pool as soon as the handler returns.
 * <p>
 * Two JCTools SPSC queues carry the events: {@code full} from producer to consumer and {@code free} back.
 * When no free event is left, {@code claim} returns null and the drop counter rises by one: the producer
 * never blocks and never allocates.
 * <p>
 * Threading: {@code claim}/{@code publish} from exactly one producer thread; {@code drain} from exactly one
 * consumer thread. Handlers must not keep a reference to an event after {@code onMessage} returns.
 *
 * @param <E> mutable event type
 */
public final class PooledChannel<E>
{
    private final SpscArrayQueue<E> full;
    private final SpscArrayQueue<E> free;
    private final int capacity;
    private final PaddedCounter drops = new PaddedCounter();
    private final PaddedCounter published = new PaddedCounter();

    /**
     * @param capacity number of preallocated events (rounded up to a power of two).
     * @param factory  makes each event once, here, on the constructing thread.
     */
    public PooledChannel(final int capacity, final Supplier<E> factory)
    {
        if (capacity < 2)
        {
            throw new IllegalArgumentException("capacity must be >= 2: " + capacity);
        }
        this.full = new SpscArrayQueue<>(capacity);
        this.free = new SpscArrayQueue<>(capacity);
        this.capacity = full.capacity();
        for (int i = 0; i < this.capacity; i++)
        {
            if (!free.offer(factory.get()))
            {
                throw new IllegalStateException("free pool refused event " + i);
            }
        }
    }

    /**
     * Producer side: take a free event to fill.
     *
     * @return the event, or null when every event is in flight (the drop counter was incremented).
     */
    public E claim()
    {
        final E event = free.relaxedPoll();
        if (null == event)
        {
            drops.increment();
        }
        return event;
    }

    /**
     * Producer side: make a claimed event visible to the consumer. Always succeeds, since only
     * {@code capacity} events exist.
     *
     * @param event an event returned by {@link #claim()} and not yet published.
     */
    public void publish(final E event)
    {
        full.offer(event);
        published.increment();
    }

    /**
     * Consumer side: hand up to {@code limit} events to {@code handler} in publication order, recycling each
     * one after the handler returns (also when it throws).
     *
     * @return the number of events handed over.
     */
    public int drain(final MessageHandler<? super E> handler, final int limit)
    {
        int count = 0;
        E event;
        while (count < limit && null != (event = full.relaxedPoll()))
        {
            count++;
            try
            {
                handler.onMessage(event);
            }
            finally
            {
                free.offer(event);
            }
        }
        return count;
    }

    /** @return approximate number of published events not yet drained. */
    public int size()
    {
        return full.size();
    }

    /** @return number of preallocated events. */
    public int capacity()
    {
        return capacity;
    }

    /** @return claims refused because no free event was left. */
    public long drops()
    {
        return drops.get();
    }

    /** @return events published so far. */
    public long published()
    {
        return published.get();
    }
}
