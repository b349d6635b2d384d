package dev.spindle.engine;

/**
 * One venue feed (or any other unit of hot-path work) polled by the {@link Engine} thread.
 * <p>
 * Threading: every method is called on the engine thread only, in this order: {@code onStart} once, then
 * {@code poll} every cycle (with {@code onError} after any exception it throws), then {@code onClose} once. A
 * handler does its own I/O on other threads and talks to the engine thread through SPSC queues; {@code poll} must
 * not block, lock or allocate in steady state.
 */
public interface FeedHandler
{
    /**
     * @return a short unique name (e.g. {@code binance}); it is the source of the handler's log events and
     * counters.
     */
    String name();

    /**
     * Called once on the engine thread before the first poll. An exception here fails {@link Engine#start}.
     */
    void onStart();

    /**
     * Do a bounded amount of work.
     *
     * @param nowNs the engine cycle's monotonic time in nanoseconds, read once per cycle and the same for every
     *              handler in the cycle; compare deadlines as {@code deadlineNs - nowNs < 0}.
     * @return how much work was done (0 lets the idle strategy back off).
     */
    int poll(long nowNs);

    /**
     * Called on the engine thread after {@code poll} threw; the engine has already logged and counted the error
     * and keeps polling this handler. Typically starts a resync or reconnect.
     *
     * @param error what {@code poll} threw.
     */
    void onError(Throwable error);

    /**
     * Called once on the engine thread when the engine closes (also after a failed {@code onStart}).
     */
    void onClose();
}
