package dev.spindle.tools.sim.hyperliquid;

import java.util.concurrent.atomic.LongAdder;

/** What the Hyperliquid simulator did, for tests and the exit summary. Thread safe; values only grow. */
public final class SimCounters
{
    private final LongAdder bookFramesSent = new LongAdder();
    private final LongAdder tradeFramesSent = new LongAdder();
    private final LongAdder framesDispatched = new LongAdder();
    private final LongAdder connectionsOpened = new LongAdder();
    private final LongAdder connectionsClosed = new LongAdder();
    private final LongAdder handshakesRejected = new LongAdder();
    private final LongAdder clientMessages = new LongAdder();
    private final LongAdder pings = new LongAdder();
    private final LongAdder subscribes = new LongAdder();
    private final LongAdder unsubscribes = new LongAdder();
    private final LongAdder errorsSent = new LongAdder();
    private final LongAdder unknownCoinCloses = new LongAdder();
    private final LongAdder idleCloses = new LongAdder();
    private final LongAdder infoRequests = new LongAdder();

    /** Count {@code copies} l2Book frames delivered (one per matching subscription). */
    public void onBookFramesSent(final int copies)
    {
        bookFramesSent.add(copies);
    }

    /** Count {@code copies} trades frames delivered, replays included. */
    public void onTradeFramesSent(final int copies)
    {
        tradeFramesSent.add(copies);
    }

    /** Count one source frame taken by the sender, whether or not anybody was subscribed. */
    public void onFrameDispatched()
    {
        framesDispatched.increment();
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

    /** Count one refused WebSocket handshake (a path other than {@code /ws}). */
    public void onHandshakeRejected()
    {
        handshakesRejected.increment();
    }

    /** Count one text message from a client, valid or not. */
    public void onClientMessage()
    {
        clientMessages.increment();
    }

    /** Count one {@code {"method":"ping"}} answered. */
    public void onPing()
    {
        pings.increment();
    }

    /** Count one subscription added. */
    public void onSubscribe()
    {
        subscribes.increment();
    }

    /** Count one subscription removed. */
    public void onUnsubscribe()
    {
        unsubscribes.increment();
    }

    /** Count one {@code error} channel frame sent. */
    public void onErrorSent()
    {
        errorsSent.increment();
    }

    /** Count one connection dropped for subscribing to a coin that is not served. */
    public void onUnknownCoinClose()
    {
        unknownCoinCloses.increment();
    }

    /** Count one connection closed for client silence. */
    public void onIdleClose()
    {
        idleCloses.increment();
    }

    /** Count one {@code POST /info} request, whatever its outcome. */
    public void onInfoRequest()
    {
        infoRequests.increment();
    }

    /** @return l2Book frames delivered, summed over subscriptions. */
    public long bookFramesSent()
    {
        return bookFramesSent.sum();
    }

    /** @return trades frames delivered, summed over subscriptions, replays included. */
    public long tradeFramesSent()
    {
        return tradeFramesSent.sum();
    }

    /** @return source frames the sender has taken. */
    public long framesDispatched()
    {
        return framesDispatched.sum();
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

    /** @return client text messages received. */
    public long clientMessages()
    {
        return clientMessages.sum();
    }

    /** @return pings answered with {@code pong}. */
    public long pings()
    {
        return pings.sum();
    }

    /** @return subscriptions added. */
    public long subscribes()
    {
        return subscribes.sum();
    }

    /** @return subscriptions removed. */
    public long unsubscribes()
    {
        return unsubscribes.sum();
    }

    /** @return {@code error} frames sent. */
    public long errorsSent()
    {
        return errorsSent.sum();
    }

    /** @return connections dropped for an unknown coin. */
    public long unknownCoinCloses()
    {
        return unknownCoinCloses.sum();
    }

    /** @return connections closed for client silence. */
    public long idleCloses()
    {
        return idleCloses.sum();
    }

    /** @return {@code POST /info} requests. */
    public long infoRequests()
    {
        return infoRequests.sum();
    }

    @Override
    public String toString()
    {
        return "bookFrames=" + bookFramesSent() + " tradeFrames=" + tradeFramesSent() + " dispatched=" +
            framesDispatched() + " connections=" + connectionsOpened() + " open=" + connectionsOpen() + " rejected=" +
            handshakesRejected() + " messages=" + clientMessages() + " pings=" + pings() + " subscribes=" +
            subscribes() + " unsubscribes=" + unsubscribes() + " errors=" + errorsSent() + " unknownCoinCloses=" +
            unknownCoinCloses() + " idleCloses=" + idleCloses() + " info=" + infoRequests();
    }
}
