package dev.spindle.tools.sim.binance.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.spindle.tools.sim.binance.book.Level;

/**
 * One market-data event ready to send, in both wire forms at once: {@code bytes[0..length)} is the combined
 * wrapper {@code {"stream":"<name>","data":<payload>}} and {@code bytes[payloadOffset..+payloadLength)} is the
 * bare payload sent on {@code /ws} connections. Recorded frames keep the recorded bytes unchanged.
 * <p>
 * Depth events also carry their parsed ids and levels so the simulator can keep its book without re-parsing.
 * Immutable once built; shared by every connection it is sent to.
 */
public final class SimFrame
{
    /** What the frame carries. */
    public enum Kind
    {
        /** A {@code depthUpdate} diff. */
        DEPTH,
        /** Anything else (trade, aggTrade, bookTicker, kline...): sent as is. */
        OTHER
    }

    private final String stream;
    private final String symbol;
    private final Kind kind;
    private final long sourceTimeNs;
    private final byte[] bytes;
    private final int length;
    private final int payloadOffset;
    private final int payloadLength;
    private final long firstUpdateId;
    private final long lastUpdateId;
    private final long eventTimeMs;
    private final List<Level> bids;
    private final List<Level> asks;

    private SimFrame(
        final String stream,
        final String symbol,
        final Kind kind,
        final long sourceTimeNs,
        final byte[] bytes,
        final int length,
        final int payloadOffset,
        final int payloadLength,
        final long firstUpdateId,
        final long lastUpdateId,
        final long eventTimeMs,
        final List<Level> bids,
        final List<Level> asks)
    {
        this.stream = stream;
        this.symbol = symbol;
        this.kind = kind;
        this.sourceTimeNs = sourceTimeNs;
        this.bytes = bytes;
        this.length = length;
        this.payloadOffset = payloadOffset;
        this.payloadLength = payloadLength;
        this.firstUpdateId = firstUpdateId;
        this.lastUpdateId = lastUpdateId;
        this.eventTimeMs = eventTimeMs;
        this.bids = bids;
        this.asks = asks;
    }

    /**
     * A frame whose combined form already sits in {@code bytes[0..length)} with the payload at
     * {@code payloadOffset}.
     *
     * @param sourceTimeNs source time relative to the source start, ns (paced by the sender).
     */
    static SimFrame other(
        final String stream,
        final String symbol,
        final long sourceTimeNs,
        final byte[] bytes,
        final int length,
        final int payloadOffset,
        final int payloadLength)
    {
        return new SimFrame(stream, symbol, Kind.OTHER, sourceTimeNs, bytes, length, payloadOffset, payloadLength,
            0, 0, 0, List.of(), List.of());
    }

    /**
     * A depth diff; see {@link #other} for the byte layout.
     */
    static SimFrame depth(
        final String stream,
        final String symbol,
        final long sourceTimeNs,
        final byte[] bytes,
        final int length,
        final int payloadOffset,
        final int payloadLength,
        final long firstUpdateId,
        final long lastUpdateId,
        final long eventTimeMs,
        final List<Level> bids,
        final List<Level> asks)
    {
        return new SimFrame(stream, symbol, Kind.DEPTH, sourceTimeNs, bytes, length, payloadOffset, payloadLength,
            firstUpdateId, lastUpdateId, eventTimeMs, bids, asks);
    }

    /**
     * Wrap a bare payload in the combined form.
     *
     * @param stream  stream name, e.g. {@code ethusdt@trade}.
     * @param payload the bare JSON payload.
     * @return the combined frame bytes; the payload starts at {@link #combinedPrefixLength(String)}.
     */
    static byte[] combine(final String stream, final String payload)
    {
        return ("{\"stream\":\"" + stream + "\",\"data\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** @return the length of {@code {"stream":"<stream>","data":} in bytes. */
    static int combinedPrefixLength(final String stream)
    {
        return 20 + stream.getBytes(StandardCharsets.UTF_8).length;
    }

    /** @return a frame from a bare payload, combined form built here. */
    static SimFrame fromPayload(final String stream, final String symbol, final long sourceTimeNs, final String payload)
    {
        final byte[] bytes = combine(stream, payload);
        final int prefix = combinedPrefixLength(stream);
        return other(stream, symbol, sourceTimeNs, bytes, bytes.length, prefix, bytes.length - prefix - 1);
    }

    /** @return a depth frame from a bare payload, combined form built here. */
    static SimFrame depthFromPayload(
        final String stream,
        final String symbol,
        final long sourceTimeNs,
        final String payload,
        final long firstUpdateId,
        final long lastUpdateId,
        final long eventTimeMs,
        final List<Level> bids,
        final List<Level> asks)
    {
        final byte[] bytes = combine(stream, payload);
        final int prefix = combinedPrefixLength(stream);
        return depth(stream, symbol, sourceTimeNs, bytes, bytes.length, prefix, bytes.length - prefix - 1,
            firstUpdateId, lastUpdateId, eventTimeMs, bids, asks);
    }

    /**
     * @param payload a bare payload to send instead of this frame's (a fault).
     * @return a frame of the same stream with that payload; its kind is {@link Kind#OTHER}, so it is only sent.
     */
    public SimFrame withPayload(final String payload)
    {
        return fromPayload(stream, symbol, sourceTimeNs, payload);
    }

    /**
     * @return the first half of this frame, in either form (the combined form cut inside its payload), kind
     * {@link Kind#OTHER}; it shares this frame's bytes.
     */
    public SimFrame truncated()
    {
        final int half = payloadLength / 2;
        return other(stream, symbol, sourceTimeNs, bytes, payloadOffset + half, payloadOffset, half);
    }

    /** @return lower-case stream name, e.g. {@code ethusdt@depth@100ms}. */
    public String stream()
    {
        return stream;
    }

    /** @return upper-case symbol. */
    public String symbol()
    {
        return symbol;
    }

    /** @return what the frame carries. */
    public Kind kind()
    {
        return kind;
    }

    /** @return source time relative to the start of the source, ns; the sender divides it by the speed. */
    public long sourceTimeNs()
    {
        return sourceTimeNs;
    }

    /** @return a fresh buffer over the combined form; it shares the frame's bytes, so never write to it. */
    public ByteBuffer combined()
    {
        return ByteBuffer.wrap(bytes, 0, length).slice();
    }

    /** @return a fresh buffer over the bare payload; it shares the frame's bytes, so never write to it. */
    public ByteBuffer payload()
    {
        return ByteBuffer.wrap(bytes, payloadOffset, payloadLength).slice();
    }

    /** @return the bare payload decoded (allocates; tests and tooling). */
    public String payloadString()
    {
        return new String(bytes, payloadOffset, payloadLength, StandardCharsets.UTF_8);
    }

    /** @return {@code U} of a depth event, 0 otherwise. */
    public long firstUpdateId()
    {
        return firstUpdateId;
    }

    /** @return {@code u} of a depth event, 0 otherwise. */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /** @return {@code E} of a depth event (epoch ms), 0 otherwise. */
    public long eventTimeMs()
    {
        return eventTimeMs;
    }

    /** @return the depth event's {@code b} levels in wire order. */
    public List<Level> bids()
    {
        return bids;
    }

    /** @return the depth event's {@code a} levels in wire order. */
    public List<Level> asks()
    {
        return asks;
    }
}
