package dev.spindle.tools.sim;

/**
 * What {@link SimWsServer} needs from a venue's client connection to fan out faults and shutdowns.
 */
public interface SimWsConnection
{
    /** @return true if the client has subscribed to at least one stream or feed. */
    boolean hasSubscriptions();

    /**
     * Close with a close frame; a connection already closed is left alone.
     *
     * @param code   WebSocket close code, e.g. 1001.
     * @param reason close reason (at most 123 bytes).
     */
    void close(int code, String reason);

    /**
     * Drop the TCP socket without a close frame (a simulated network failure).
     *
     * @param reason why, for logs.
     */
    void abort(String reason);
}
