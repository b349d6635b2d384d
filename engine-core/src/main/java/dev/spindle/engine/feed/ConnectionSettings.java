package dev.spindle.engine.feed;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

import dev.spindle.spsc.PooledChannel;

/**
 * Settings every live venue handler's connection shares: handler name, WebSocket URL, staleness, reconnect
 * back-off, connect timeout, the reader-to-engine frame slots and the clocks. Immutable; made by a venue config's
 * builder through {@link ConnectionBuilder}, which validates every value.
 */
public final class ConnectionSettings
{
    /** Default silence after which the feed is stale, {@code --stale-ms}. */
    public static final long DEFAULT_STALE_MS = 10_000;
    /** Shortest accepted {@code --stale-ms}. */
    public static final long MIN_STALE_MS = 100;
    /** Longest accepted {@code --stale-ms} (and Binance's {@code --max-connection-age}): a day. */
    public static final long MAX_INTERVAL_MS = 24 * 3_600_000L;
    /** Default largest text frame accepted: 1 MiB. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;
    /** Flag of the WebSocket URL, used in error messages. */
    public static final String FLAG_WS_URL = "--ws-url";
    /** Flag of the staleness limit, used in error messages. */
    public static final String FLAG_STALE_MS = "--stale-ms";

    private final String name;
    private final String wsUrl;
    private final long staleMs;
    private final long reconnectMinMs;
    private final long reconnectMaxMs;
    private final long connectTimeoutMs;
    private final int inboundSlots;
    private final int slotBytes;
    private final int maxFrameBytes;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;

    ConnectionSettings(final ConnectionBuilder<?> b, final String wsUrl)
    {
        name = b.name;
        this.wsUrl = wsUrl;
        staleMs = b.staleMs;
        reconnectMinMs = b.reconnectMinMs;
        reconnectMaxMs = b.reconnectMaxMs;
        connectTimeoutMs = b.connectTimeoutMs;
        inboundSlots = b.inboundSlots;
        slotBytes = b.slotBytes;
        maxFrameBytes = b.maxFrameBytes;
        nanoClock = b.nanoClock;
        epochClock = b.epochClock;
    }

    /** @return handler name: the source of its log events and counters ({@code binance}, {@code hyperliquid}). */
    public String name()
    {
        return name;
    }

    /** @return WebSocket URL as the venue config normalised it. */
    public String wsUrl()
    {
        return wsUrl;
    }

    /** @return silence on the connection after which the books go stale and the connection is replaced. */
    public long staleMs()
    {
        return staleMs;
    }

    /** @return first reconnect back-off after a failed attempt. */
    public long reconnectMinMs()
    {
        return reconnectMinMs;
    }

    /** @return longest reconnect back-off. */
    public long reconnectMaxMs()
    {
        return reconnectMaxMs;
    }

    /** @return WebSocket connect and handshake timeout. */
    public long connectTimeoutMs()
    {
        return connectTimeoutMs;
    }

    /** @return connect and handshake timeout as the {@code int} ms WebSocket clients take. */
    public int connectTimeoutIntMs()
    {
        return (int)Math.min(Integer.MAX_VALUE, connectTimeoutMs);
    }

    /** @return preallocated frame slots between the WebSocket readers and the engine. */
    public int inboundSlots()
    {
        return inboundSlots;
    }

    /** @return initial bytes of each frame slot; a slot grows (on the reader thread) for larger frames. */
    public int slotBytes()
    {
        return slotBytes;
    }

    /**
     * @return the largest text frame accepted, in bytes; a larger one is refused on the reader thread (counted,
     * logged, not captured), so a hostile or broken peer cannot make every frame slot grow without bound.
     */
    public int maxFrameBytes()
    {
        return maxFrameBytes;
    }

    /**
     * @return a new reader-to-engine channel of {@link #inboundSlots()} frames of {@link #slotBytes()} each,
     * preallocated here (call it at start-up, not on a hot path).
     */
    public PooledChannel<InboundFrame> newInboundChannel()
    {
        return new PooledChannel<>(inboundSlots, () -> new InboundFrame(slotBytes));
    }

    /** @return monotonic clock shared by reader stamps and the engine ({@code System.nanoTime} by default). */
    public NanoClock nanoClock()
    {
        return nanoClock;
    }

    /** @return wall clock stamping received frames for the capture. */
    public EpochNanoClock epochClock()
    {
        return epochClock;
    }
}
