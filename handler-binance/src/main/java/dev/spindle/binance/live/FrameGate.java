package dev.spindle.binance.live;

import java.util.Arrays;

import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.spsc.PooledChannel;

/**
 * The one way from the WebSocket reader threads to the engine and the capture: every received frame passes here,
 * is de-duplicated by its ids, copied into a frame slot for the engine and then handed to the capture tap.
 * <p>
 * The engine comes first: the capture copy is off the receive-to-applied path, so recording costs the engine's
 * latency nothing but the reader's time after the hand-over. A frame the engine could not take (no free slot) is
 * still captured, and a frame the tap refuses still reaches the engine; both are counted.
 * <p>
 * <b>Why a gate.</b> A connection is replaced make-before-break (serverShutdown, age limit): for a while two
 * connections deliver the same streams on two reader threads. The gate lets exactly one copy of each frame through,
 * in id order per stream, so neither the engine nor the capture ever sees a duplicate, and the book stays
 * {@code LIVE} across the switch. Per symbol and stream it keeps the last id let through:
 * <ul>
 * <li>from the primary connection a frame passes when it is new (depth {@code u}, trade {@code t}, ticker
 * {@code u} greater than the last passed); one with the last passed id is a duplicate; an older one is a duplicate
 * while a candidate overlaps, else a late (swapped) frame, which passes;</li>
 * <li>from the candidate (the new connection) a depth or trade frame passes only when it also continues the
 * chain ({@code U <= last + 1}; trades {@code t <= last + 1}); a frame ahead of the chain is left to the primary,
 * which still has to deliver what lies between. Once the candidate delivered a frame that continues the chain
 * of every depth and trade stream, it {@link #candidateReady() is ready}: it alone carries everything from then
 * on, and it is {@link #promoteCandidate() promoted}; the old connection's frames are refused from then.</li>
 * </ul>
 * With a single connection the same rule only drops duplicates: a gap after a reconnect passes through and the
 * engine's depth sync resynchronises.
 * <p>
 * Threading: reader threads and the connection thread call in concurrently; a lock serialises them, which also
 * makes the frame channel and the capture producer single-producer. Contention exists only during a rollover.
 */
final class FrameGate
{
    /** Result of {@link #onFrame}: the frame went to the engine (and the tap). */
    static final int FORWARDED = 0;
    /** The frame was already let through by a connection. */
    static final int DUPLICATE = 1;
    /** A candidate's frame ahead of the chain; the primary delivers what precedes it. */
    static final int AHEAD = 2;
    /** The frame came from a connection that is neither primary nor candidate (retired), or the gate is closed. */
    static final int REFUSED = 3;
    /** The frame was accepted but no slot was free: lost for the engine (counted); the tap still had it. */
    static final int ENGINE_FULL = 4;

    /** No connection. */
    static final int NONE = -1;

    private final PooledChannel<InboundFrame> channel;
    private final FrameTap.Producer tap;
    private final long[] lastIds;
    private final boolean[] linked;
    private final boolean[] subscribed;
    private int primary = NONE;
    private int candidate = NONE;
    private boolean closed;
    private long forwarded;
    private long duplicates;
    private long repeats;
    private long lateFrames;
    private long oversized;
    private int largestOversized;
    private long inboundDrops;
    private long tapDrops;

    /**
     * @param channel     frame slots to the engine; this gate is its only producer.
     * @param tap         receives every forwarded frame.
     * @param symbolCount symbols of the handler.
     * @param streams     streams subscribed per symbol.
     */
    FrameGate(
        final PooledChannel<InboundFrame> channel,
        final FrameTap.Producer tap,
        final int symbolCount,
        final Iterable<BinanceStream> streams)
    {
        this.channel = channel;
        this.tap = tap;
        lastIds = new long[symbolCount * BinanceStream.Slot.COUNT];
        linked = new boolean[lastIds.length];
        subscribed = new boolean[BinanceStream.Slot.COUNT];
        Arrays.fill(lastIds, -1);
        for (final BinanceStream stream : streams)
        {
            subscribed[stream.slot()] = true;
        }
    }

    /**
     * A reader thread received a text frame.
     *
     * @param connectionId the connection it came on.
     * @param route        the frame's routing, already read by the caller ({@link FrameRouter#route}).
     * @param routed       what {@code route.route(...)} answered.
     * @return {@link #FORWARDED}, {@link #DUPLICATE}, {@link #AHEAD}, {@link #REFUSED} or {@link #ENGINE_FULL}.
     */
    synchronized int onFrame(
        final int connectionId,
        final FrameRouter route,
        final boolean routed,
        final byte[] buf,
        final int offset,
        final int length,
        final long recvNs,
        final long recvEpochNs)
    {
        if (closed || (connectionId != primary && connectionId != candidate))
        {
            return REFUSED;
        }
        if (!routed)
        {
            // Replies and notices: each connection has its own; the primary's are the ones that matter. A frame of a
            // known stream without readable ids is captured as received; the engine counts it as undecodable.
            if (connectionId != primary)
            {
                return REFUSED;
            }
            final int result = publish(connectionId, buf, offset, length, recvNs, recvEpochNs);
            if (route.symbolIndex != FrameRouter.UNROUTED)
            {
                tap(route, buf, offset, length, recvEpochNs);
            }
            return result;
        }
        final int slot = route.symbolIndex * BinanceStream.Slot.COUNT + route.stream.slot();
        final long last = lastIds[slot];
        if (connectionId == candidate && primary != NONE && last >= 0 &&
            route.stream.slot() != BinanceStream.Slot.BOOK_TICKER)
        {
            if (route.firstId > last + 1)
            {
                return AHEAD;
            }
            linked[slot] = true;
        }
        if (route.lastId == last || (route.lastId < last && candidate != NONE))
        {
            duplicates++;
            if (candidate == NONE)
            {
                repeats++;
            }
            return DUPLICATE;
        }
        if (route.lastId > last)
        {
            lastIds[slot] = route.lastId;
        }
        else
        {
            // Older than one already let through on the only connection: not a copy of it but a late frame (the venue
            // swapped two). It is captured as received; the engine's depth sync drops or resyncs around it.
            lateFrames++;
        }
        final int result = publish(connectionId, buf, offset, length, recvNs, recvEpochNs);
        tap(route, buf, offset, length, recvEpochNs);
        return result;
    }

    /**
     * A reader thread received a text frame longer than the handler accepts: it is refused (neither captured nor
     * given to the engine) and counted. A depth frame refused this way breaks the chain; the engine resyncs.
     *
     * @param connectionId the connection it came on.
     * @param length       its length in bytes.
     * @return {@link #REFUSED}.
     */
    synchronized int onOversized(final int connectionId, final int length)
    {
        if (!closed && (connectionId == primary || connectionId == candidate))
        {
            oversized++;
            largestOversized = Math.max(largestOversized, length);
        }
        return REFUSED;
    }

    private void tap(final FrameRouter route, final byte[] buf, final int offset, final int length, final long epochNs)
    {
        if (!tap.frame(route.symbolIndex, route.stream, epochNs, buf, offset, length))
        {
            tapDrops++;
        }
    }

    /**
     * Make {@code connectionId} the only connection (first connect, or after the previous one was lost).
     *
     * @param connectionId the new primary.
     */
    synchronized void primary(final int connectionId)
    {
        primary = connectionId;
        candidate = NONE;
    }

    /**
     * Admit a new connection next to the primary, for a make-before-break switch.
     *
     * @param connectionId the candidate.
     */
    synchronized void candidate(final int connectionId)
    {
        candidate = connectionId;
        Arrays.fill(linked, false);
    }

    /**
     * @return true once the candidate delivered, for every symbol's depth and trade stream, a frame that continues
     * the chain let through so far (a stream that let nothing through yet has nothing to continue). A quiet trade
     * stream can hold this back: the connection thread promotes anyway after the handover timeout.
     */
    synchronized boolean candidateReady()
    {
        if (candidate == NONE)
        {
            return false;
        }
        for (int slot = 0; slot < lastIds.length; slot++)
        {
            final int stream = slot % BinanceStream.Slot.COUNT;
            if (stream != BinanceStream.Slot.BOOK_TICKER && subscribed[stream] && lastIds[slot] >= 0 && !linked[slot])
            {
                return false;
            }
        }
        return true;
    }

    /** The candidate becomes the primary; frames of the old primary are refused from now on. */
    synchronized void promoteCandidate()
    {
        if (candidate != NONE)
        {
            primary = candidate;
            candidate = NONE;
        }
    }

    /** @return the primary connection id, or {@link #NONE}. */
    synchronized int primary()
    {
        return primary;
    }

    /**
     * Hand an in-band notice to the engine, ordered with the frames (e.g. {@link InboundFrame#STALE}).
     *
     * @return false if no slot was free; try again later.
     */
    synchronized boolean publishNotice(final int kind, final long nowNs, final long epochNs)
    {
        return closed || InboundFrame.publishNotice(channel, kind, primary, nowNs, epochNs);
    }

    /** Refuse every frame from now on: reading has stopped. Idempotent. */
    synchronized void close()
    {
        closed = true;
        primary = NONE;
        candidate = NONE;
    }

    /** @return frames let through. */
    synchronized long forwarded()
    {
        return forwarded;
    }

    /** @return frames dropped as already let through. */
    synchronized long duplicates()
    {
        return duplicates;
    }

    /** @return duplicates that came while only one connection was open: repeated by the venue, not a rollover. */
    synchronized long repeats()
    {
        return repeats;
    }

    /** @return frames refused as larger than the handler accepts. */
    synchronized long oversized()
    {
        return oversized;
    }

    /** @return the size in bytes of the largest frame refused as oversized, 0 if none. */
    synchronized int largestOversized()
    {
        return largestOversized;
    }

    /** @return frames let through although older than one already let through (out of order on one connection). */
    synchronized long lateFrames()
    {
        return lateFrames;
    }

    /** @return frames let through but lost because every engine slot was in use. */
    synchronized long inboundDrops()
    {
        return inboundDrops;
    }

    /** @return frames the tap refused. */
    synchronized long tapDrops()
    {
        return tapDrops;
    }

    private int publish(
        final int connectionId,
        final byte[] buf,
        final int offset,
        final int length,
        final long recvNs,
        final long recvEpochNs)
    {
        forwarded++;
        if (!InboundFrame.publishFrame(channel, connectionId, buf, offset, length, recvNs, recvEpochNs))
        {
            inboundDrops++;
            return ENGINE_FULL;
        }
        return FORWARDED;
    }
}
