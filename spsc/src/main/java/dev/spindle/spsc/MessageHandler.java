package dev.spindle.spsc;

/**
 * Receives messages drained from a channel, on the consumer thread.
 *
 * @param <E> message type
 */
@FunctionalInterface
public interface MessageHandler<E>
{
    /**
     * Called once per message, in publication order.
     *
     * @param message the message; for a {@link PooledChannel} it is valid only until this call returns.
     */
    void onMessage(E message);
}
