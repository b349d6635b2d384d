package dev.spindle.spsc;


import org.jctools.queues.SpscArrayQueue;

/**
 * A single-producer single-consumer channel over a JCTools {@link SpscArrayQueue}.
 * <p>
 * Threading: {@link #offer(Object)} may be called from exactly one producer thread, {@link #drain} and
 * {@link #poll()} from exactly one consumer thread. {@code offer} never blocks: when the queue is full the
 * message is refused and the drop counter rises by exactly one. The counters may be read from any thread.
 *
 * @param <E> message type
 */
public final class SpscChannel<E>
{
    private final SpscArrayQueue<E> queue;
    private final int capacity;
    private final PaddedCounter drops = new PaddedCounter();
    private final PaddedCounter offered = new PaddedCounter();

    /**
     * @param capacity the least number of messages the channel holds; rounded up to a power of two.
     */
    public SpscChannel(final int capacity)
    {
        if (capacity < 2)
        {
            throw new IllegalArgumentException("capacity must be >= 2: " + capacity);
        }
        this.queue = new SpscArrayQueue<>(capacity);
        this.capacity = queue.capacity();
    }

    /**
     * Producer side. Never blocks.
     *
     * @param message not null.
     * @return true if queued, false if the channel was full (the drop counter was incremented).
     */
    public boolean offer(final E message)
    {
        offered.increment();
        if (queue.offer(message))
        {
            return true;
        }
        drops.increment();
        return false;
    }

    /**
     * Consumer side: hand up to {@code limit} messages to {@code handler}, in order.
     *
     * @return the number of messages handed over.
     */
    public int drain(final MessageHandler<? super E> handler, final int limit)
    {
        int count = 0;
        E message;
        while (count < limit && null != (message = queue.relaxedPoll()))
        {
            count++;
            handler.onMessage(message);
        }
        return count;
    }

    /**
     * Consumer side.
     *
     * @return the next message or null if the channel is empty.
     */
    public E poll()
    {
        return queue.relaxedPoll();
    }

    /** @return approximate number of queued messages; exact when both sides are quiescent. */
    public int size()
    {
        return queue.size();
    }

    /** @return the number of messages the channel holds. */
    public int capacity()
    {
        return capacity;
    }

    /** @return messages refused because the channel was full. */
    public long drops()
    {
        return drops.get();
    }

    /** @return messages offered, accepted or not. */
    public long offered()
    {
        return offered.get();
    }
}
