package dev.spindle.tools.sim.binance;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator did, for tests and the exit summary. Thread safe; values only grow.
 */
public final class SimCounters
{
    private final ConcurrentHashMap<String, LongAdder> framesByStream = new ConcurrentHashMap<>();
    private final LongAdder framesSent = new LongAdder();
    private final LongAdder eventsDispatched = new LongAdder();
    private final LongAdder depthDropped = new LongAdder();
    private final LongAdder connectionsOpened = new LongAdder();
    private final LongAdder connectionsClosed = new LongAdder();
    private final LongAdder handshakesRejected = new LongAdder();
    private final LongAdder controlRequests = new LongAdder();
    private final LongAdder pingsSent = new LongAdder();
    private final LongAdder pongTimeouts = new LongAdder();
    private final LongAdder lifetimeCloses = new LongAdder();
    private final LongAdder serverShutdowns = new LongAdder();
    private final LongAdder restRequests = new LongAdder();
    private final LongAdder restThrottled = new LongAdder();
    private final LongAdder restFailuresInjected = new LongAdder();

    /** Count one frame delivered to one connection on {@code stream}. */
    public void onFrameSent(final String stream)
    {
        framesSent.increment();
        framesByStream.computeIfAbsent(stream, s -> new LongAdder()).increment();
    }

    /** Count one source event taken by the sender (whether or not anybody was subscribed). */
    public void onEventDispatched()
    {
        eventsDispatched.increment();
    }

    /** Count one depth event withheld from every client by a drop fault. */
    public void onDepthDropped()
    {
        depthDropped.increment();
    }

    /** Count one accepted WebSocket connection. */
    public void onConnectionOpened()
    {
        connectionsOpened.increment();
    }

    /** Count one closed WebSocket connection. */
    public void onConnectionClosed()
    {
        connectionsClosed.increment();
    }

    /** Count one refused WebSocket handshake (bad path or stream). */
    public void onHandshakeRejected()
    {
        handshakesRejected.increment();
    }

    /** Count one JSON control message received (SUBSCRIBE etc.). */
    public void onControlRequest()
    {
        controlRequests.increment();
    }

    /** Count one ping frame sent. */
    public void onPingSent()
    {
        pingsSent.increment();
    }

    /** Count one connection closed because its pong did not come in time. */
    public void onPongTimeout()
    {
        pongTimeouts.increment();
    }

    /** Count one connection closed at its maximum lifetime. */
    public void onLifetimeClose()
    {
        lifetimeCloses.increment();
    }

    /** Count one {@code serverShutdown} broadcast. */
    public void onServerShutdown()
    {
        serverShutdowns.increment();
    }

    /** Count one REST request, whatever its outcome. */
    public void onRestRequest()
    {
        restRequests.increment();
    }

    /** Count one REST request refused with 429 by the weight limit. */
    public void onRestThrottled()
    {
        restThrottled.increment();
    }

    /** Count one REST request failed on purpose by a fault. */
    public void onRestFailureInjected()
    {
        restFailuresInjected.increment();
    }

    /** @return frames delivered, summed over connections. */
    public long framesSent()
    {
        return framesSent.sum();
    }

    /**
     * @param stream stream name, e.g. {@code ethusdt@depth@100ms} or {@code !serverShutdown}.
     * @return frames delivered on that stream, summed over connections.
     */
    public long framesSent(final String stream)
    {
        final LongAdder adder = framesByStream.get(stream);
        return adder == null ? 0 : adder.sum();
    }

    /** @return frames delivered per stream, sorted by name. */
    public Map<String, Long> framesByStream()
    {
        final Map<String, Long> out = new TreeMap<>();
        framesByStream.forEach((stream, adder) -> out.put(stream, adder.sum()));
        return out;
    }

    /** @return source events the sender has taken (including dropped ones). */
    public long eventsDispatched()
    {
        return eventsDispatched.sum();
    }

    /** @return depth events withheld by drop faults. */
    public long depthDropped()
    {
        return depthDropped.sum();
    }

    /** @return WebSocket connections accepted so far. */
    public long connectionsOpened()
    {
        return connectionsOpened.sum();
    }

    /** @return WebSocket connections open now. */
    public long connectionsOpen()
    {
        return connectionsOpened.sum() - connectionsClosed.sum();
    }

    /** @return handshakes refused. */
    public long handshakesRejected()
    {
        return handshakesRejected.sum();
    }

    /** @return JSON control messages received. */
    public long controlRequests()
    {
        return controlRequests.sum();
    }

    /** @return ping frames sent. */
    public long pingsSent()
    {
        return pingsSent.sum();
    }

    /** @return connections closed for a missing pong. */
    public long pongTimeouts()
    {
        return pongTimeouts.sum();
    }

    /** @return connections closed at their maximum lifetime. */
    public long lifetimeCloses()
    {
        return lifetimeCloses.sum();
    }

    /** @return {@code serverShutdown} broadcasts. */
    public long serverShutdowns()
    {
        return serverShutdowns.sum();
    }

    /** @return REST requests received. */
    public long restRequests()
    {
        return restRequests.sum();
    }

    /** @return REST requests answered 429 by the weight limit. */
    public long restThrottled()
    {
        return restThrottled.sum();
    }

    /** @return REST requests failed by an injected fault. */
    public long restFailuresInjected()
    {
        return restFailuresInjected.sum();
    }

    @Override
    public String toString()
    {
        return "framesSent=" + framesSent() + " events=" + eventsDispatched() + " depthDropped=" + depthDropped() +
            " connections=" + connectionsOpened() + " open=" + connectionsOpen() +
            " rejected=" + handshakesRejected() + " control=" + controlRequests() + " pings=" + pingsSent() +
            " pongTimeouts=" + pongTimeouts() + " lifetimeCloses=" + lifetimeCloses() +
            " serverShutdowns=" + serverShutdowns() + " rest=" + restRequests() + " rest429=" + restThrottled() +
            " restFaults=" + restFailuresInjected();
    }
}
