package dev.spindle.engine.feed;

import java.net.URI;
import java.util.Objects;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * Base of a venue config builder: collects the {@link ConnectionSettings} every venue shares and validates them
 * with one-line messages that start with the flag at fault. The venue builder adds its own flags, calls the
 * {@code check...} methods in its own order from its {@code build()}, then {@link #settings(String)}.
 * Not thread safe.
 *
 * @param <B> the venue builder, returned by every setter so that calls chain.
 */
public abstract class ConnectionBuilder<B extends ConnectionBuilder<B>>
{
    String name;
    String wsUrl;
    long staleMs = ConnectionSettings.DEFAULT_STALE_MS;
    long reconnectMinMs = 250;
    long reconnectMaxMs = 30_000;
    long connectTimeoutMs = 10_000;
    int inboundSlots = 4096;
    int slotBytes;
    int maxFrameBytes = ConnectionSettings.DEFAULT_MAX_FRAME_BYTES;
    NanoClock nanoClock = SystemNanoClock.INSTANCE;
    EpochNanoClock epochClock = new SystemEpochNanoClock();

    /**
     * @param name      default handler name.
     * @param wsUrl     default WebSocket URL.
     * @param slotBytes default initial bytes per frame slot.
     */
    protected ConnectionBuilder(final String name, final String wsUrl, final int slotBytes)
    {
        this.name = name;
        this.wsUrl = wsUrl;
        this.slotBytes = slotBytes;
    }

    /** @return this builder as its venue type. */
    protected abstract B self();

    /** @param name handler name, source of its log events and counters. @return this. */
    public B name(final String name)
    {
        this.name = Objects.requireNonNull(name, "name");
        return self();
    }

    /** @param wsUrl WebSocket URL ({@code --ws-url}). @return this. */
    public B wsUrl(final String wsUrl)
    {
        this.wsUrl = Objects.requireNonNull(wsUrl, ConnectionSettings.FLAG_WS_URL);
        return self();
    }

    /** @param staleMs silence that makes the feed stale ({@code --stale-ms}). @return this. */
    public B staleMs(final long staleMs)
    {
        this.staleMs = staleMs;
        return self();
    }

    /**
     * @param minMs first back-off after a failed connection attempt.
     * @param maxMs longest back-off.
     * @return this.
     */
    public B reconnectBackoffMs(final long minMs, final long maxMs)
    {
        this.reconnectMinMs = minMs;
        this.reconnectMaxMs = maxMs;
        return self();
    }

    /** @param connectTimeoutMs WebSocket connect timeout. @return this. */
    public B connectTimeoutMs(final long connectTimeoutMs)
    {
        this.connectTimeoutMs = connectTimeoutMs;
        return self();
    }

    /**
     * @param slots frame slots between readers and engine.
     * @param bytes initial bytes per slot.
     * @return this.
     */
    public B inbound(final int slots, final int bytes)
    {
        this.inboundSlots = slots;
        this.slotBytes = bytes;
        return self();
    }

    /** @param maxFrameBytes largest text frame accepted, in bytes (default 1 MiB). @return this. */
    public B maxFrameBytes(final int maxFrameBytes)
    {
        this.maxFrameBytes = maxFrameBytes;
        return self();
    }

    /** @param nanoClock monotonic clock of readers and engine. @return this. */
    public B nanoClock(final NanoClock nanoClock)
    {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        return self();
    }

    /** @param epochClock wall clock of receive stamps. @return this. */
    public B epochClock(final EpochNanoClock epochClock)
    {
        this.epochClock = Objects.requireNonNull(epochClock, "epochClock");
        return self();
    }

    /** @return the WebSocket URL as given, for the venue's own checks and normalisation. */
    protected final String wsUrl()
    {
        return wsUrl;
    }

    /** @throws IllegalArgumentException if {@code --stale-ms} is under {@link ConnectionSettings#MIN_STALE_MS}. */
    protected final void checkStale()
    {
        if (staleMs < ConnectionSettings.MIN_STALE_MS || staleMs > ConnectionSettings.MAX_INTERVAL_MS)
        {
            throw new IllegalArgumentException(ConnectionSettings.FLAG_STALE_MS + ": must be " +
                ConnectionSettings.MIN_STALE_MS + ".." + ConnectionSettings.MAX_INTERVAL_MS + ", got " + staleMs);
        }
    }

    /**
     * @param venueTimingsValid whether the venue's own timeouts and back-offs are valid.
     * @throws IllegalArgumentException if a timeout or back-off is not positive or a min exceeds its max.
     */
    protected final void checkTimings(final boolean venueTimingsValid)
    {
        if (reconnectMinMs <= 0 || reconnectMaxMs < reconnectMinMs || !venueTimingsValid || connectTimeoutMs <= 0)
        {
            throw new IllegalArgumentException("timeouts and back-offs must be positive, with min <= max");
        }
    }

    /** @throws IllegalArgumentException if there are fewer than 2 frame slots or slots under 16 bytes. */
    protected final void checkInbound()
    {
        if (inboundSlots < 2 || slotBytes < 16)
        {
            throw new IllegalArgumentException("inbound: need at least 2 slots of 16 bytes, got " + inboundSlots +
                " of " + slotBytes);
        }
        if (maxFrameBytes < slotBytes)
        {
            throw new IllegalArgumentException("maxFrameBytes: must be at least the slot size " + slotBytes +
                ", got " + maxFrameBytes);
        }
    }

    /**
     * @param normalisedWsUrl the WebSocket URL as the venue uses it (checked by the venue).
     * @return the shared settings; call after every check passed.
     */
    protected final ConnectionSettings settings(final String normalisedWsUrl)
    {
        return new ConnectionSettings(this, normalisedWsUrl);
    }

    /**
     * Check a URL flag: one of two schemes and a host.
     *
     * @param flag     the flag, first word of the message.
     * @param url      the value given.
     * @param scheme   plain scheme ({@code ws}, {@code http}).
     * @param secure   secure scheme ({@code wss}, {@code https}).
     * @param shape    what follows the host in the expected form ({@code ""} or {@code "/path"}).
     * @param baseOnly whether a query or fragment is refused.
     * @return the parsed URL.
     * @throws IllegalArgumentException naming the flag and the value.
     */
    public static URI checkUrl(
        final String flag,
        final String url,
        final String scheme,
        final String secure,
        final String shape,
        final boolean baseOnly)
    {
        final URI uri;
        try
        {
            uri = URI.create(url);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(flag + ": not a URL: '" + url + "'", ex);
        }
        if (!scheme.equals(uri.getScheme()) && !secure.equals(uri.getScheme()) || null == uri.getHost())
        {
            throw new IllegalArgumentException(flag + ": expected " + scheme + "://host[:port]" + shape + " or " +
                secure + "://host[:port]" + shape + ", got '" + url + "'");
        }
        if (baseOnly && (null != uri.getRawQuery() || null != uri.getRawFragment()))
        {
            throw new IllegalArgumentException(flag + ": give the base URL only (no query), got '" + url + "'");
        }
        return uri;
    }
}
