package dev.spindle.tools.sim.fault;

/**
 * What a simulator does for the faults that act on its connections or its REST server; called by
 * {@link FaultInjector} on the simulator's sender thread, between two frames. The frame faults are applied by the
 * sender itself, to the frame {@link FaultInjector#onMarketFrame} names.
 */
public interface FaultTarget
{
    /** Send no frame for {@code durationNs} from {@code nowNs}. */
    void stall(long nowNs, long durationNs);

    /** Drop every connection's TCP socket, without a close frame. */
    void disconnectAll();

    /** Close every connection with a close frame. */
    void closeAll(int code, String reason);

    /** Binance: send {@code serverShutdown} to every connection and close them after the grace period. */
    void serverShutdown(long nowNs);

    /** Answer the next REST request with {@code status} and {@code Retry-After} (0 omits it). */
    void failNextRest(int status, int retryAfterSeconds);

    /** Binance: answer the next depth snapshot with the book as it was {@code events} depth events ago. */
    void staleNextSnapshot(int events);
}
