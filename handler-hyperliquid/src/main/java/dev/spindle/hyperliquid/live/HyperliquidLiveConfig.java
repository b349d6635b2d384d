package dev.spindle.hyperliquid.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * Settings of a {@link HyperliquidLive} handler, validated by {@link Builder#build()}. Every validation failure is
 * an {@link IllegalArgumentException} whose one-line message starts with the command-line flag at fault
 * ({@code --n-sig-figs: must be 2..5, got 7}).
 */
public final class HyperliquidLiveConfig
{
    /** Mainnet WebSocket URL ({@code --mainnet}, the default). */
    public static final String MAINNET_WS_URL = "wss://api.hyperliquid.xyz/ws";
    /** Testnet WebSocket URL ({@code --testnet}). */
    public static final String TESTNET_WS_URL = "wss://api.hyperliquid-testnet.xyz/ws";
    /** Default ping period: the official SDK's 50 s, under the venue's 60 s idle close. */
    public static final long DEFAULT_PING_INTERVAL_MS = 50_000;
    /** Default silence after which the feed is stale, {@code --stale-ms}. */
    public static final long DEFAULT_STALE_MS = 10_000;
    /** Shortest accepted {@code --stale-ms}. */
    public static final long MIN_STALE_MS = 100;
    /** Hyperliquid allows this many subscriptions per IP; each coin takes two (l2Book, trades). */
    public static final int MAX_SUBSCRIPTIONS = 1000;
    /** Default largest text frame accepted: 1 MiB, far above a 20-level l2Book (about 2 KiB). */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;
    /** Value of {@link #nSigFigs()} and {@link #mantissa()} when not set (full precision). */
    public static final int NOT_SET = 0;

    /** Flag names, used in error messages. */
    public static final String FLAG_COINS = "--coins";
    /** @see #FLAG_COINS */
    public static final String FLAG_WS_URL = "--ws-url";
    /** @see #FLAG_COINS */
    public static final String FLAG_N_SIG_FIGS = "--n-sig-figs";
    /** @see #FLAG_COINS */
    public static final String FLAG_MANTISSA = "--mantissa";
    /** @see #FLAG_COINS */
    public static final String FLAG_PING_INTERVAL = "--ping-interval";
    /** @see #FLAG_COINS */
    public static final String FLAG_STALE_MS = "--stale-ms";

    private final String name;
    private final List<String> coins;
    private final String wsUrl;
    private final int nSigFigs;
    private final int mantissa;
    private final long pingIntervalMs;
    private final long staleMs;
    private final long reconnectMinMs;
    private final long reconnectMaxMs;
    private final long connectTimeoutMs;
    private final int inboundSlots;
    private final int slotBytes;
    private final int maxFrameBytes;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;

    private HyperliquidLiveConfig(final Builder b, final List<String> coins)
    {
        name = b.name;
        this.coins = coins;
        wsUrl = b.wsUrl;
        nSigFigs = b.nSigFigs;
        mantissa = b.mantissa;
        pingIntervalMs = b.pingIntervalMs;
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

    /** @return a builder with every default set and no coin. */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return handler name: source of its log events and counters ({@code hyperliquid}, {@code hyperliquid:BTC}). */
    public String name()
    {
        return name;
    }

    /** @return coins exactly as Hyperliquid writes them (case kept), in the order given. */
    public List<String> coins()
    {
        return coins;
    }

    /** @return the WebSocket URL, e.g. {@value #MAINNET_WS_URL}. */
    public String wsUrl()
    {
        return wsUrl;
    }

    /** @return l2Book aggregation {@code nSigFigs} (2..5), or {@link #NOT_SET} for full precision. */
    public int nSigFigs()
    {
        return nSigFigs;
    }

    /** @return l2Book {@code mantissa} (1, 2 or 5, only with 5 significant figures), or {@link #NOT_SET}. */
    public int mantissa()
    {
        return mantissa;
    }

    /** @return period of {@code {"method":"ping"}}: the venue closes a connection silent for 60 s. */
    public long pingIntervalMs()
    {
        return pingIntervalMs;
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

    /** @return preallocated frame slots between the WebSocket reader and the engine. */
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
     * @return largest text frame accepted, in bytes: a larger one is refused on the reader thread (neither captured
     * nor given to the engine) and counted ({@code oversized_frames}), so no frame slot grows for it.
     */
    public int maxFrameBytes()
    {
        return maxFrameBytes;
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

    /**
     * @return the subscribe requests sent on every (re)connect, in order: per coin {@code l2Book} (with
     * {@code nSigFigs}/{@code mantissa} when set) then {@code trades}.
     */
    public List<String> subscribeRequests()
    {
        final List<String> requests = new ArrayList<>(2 * coins.size());
        for (final String coin : coins)
        {
            final StringBuilder book = new StringBuilder(
                "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"").append(coin).append('"');
            if (nSigFigs != NOT_SET)
            {
                book.append(",\"nSigFigs\":").append(nSigFigs);
            }
            if (mantissa != NOT_SET)
            {
                book.append(",\"mantissa\":").append(mantissa);
            }
            requests.add(book.append("}}").toString());
            requests.add("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"trades\",\"coin\":\"" + coin + "\"}}");
        }
        return requests;
    }

    /** Collects settings; {@link #build()} validates them all. Not thread safe. */
    public static final class Builder
    {
        private String name = "hyperliquid";
        private List<String> coins = List.of();
        private String wsUrl = MAINNET_WS_URL;
        private int nSigFigs = NOT_SET;
        private int mantissa = NOT_SET;
        private long pingIntervalMs = DEFAULT_PING_INTERVAL_MS;
        private long staleMs = DEFAULT_STALE_MS;
        private long reconnectMinMs = 250;
        private long reconnectMaxMs = 30_000;
        private long connectTimeoutMs = 10_000;
        private int inboundSlots = 4096;
        private int slotBytes = 4096;
        private int maxFrameBytes = DEFAULT_MAX_FRAME_BYTES;
        private NanoClock nanoClock = SystemNanoClock.INSTANCE;
        private EpochNanoClock epochClock = new SystemEpochNanoClock();

        private Builder()
        {
        }

        /** @param name handler name (default {@code hyperliquid}). @return this. */
        public Builder name(final String name)
        {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param coins coins as Hyperliquid writes them, e.g. {@code kPEPE} ({@code --coins}). @return this. */
        public Builder coins(final List<String> coins)
        {
            this.coins = List.copyOf(coins);
            return this;
        }

        /** @param wsUrl WebSocket URL ({@code --ws-url}, {@code --mainnet}, {@code --testnet}). @return this. */
        public Builder wsUrl(final String wsUrl)
        {
            this.wsUrl = Objects.requireNonNull(wsUrl, FLAG_WS_URL);
            return this;
        }

        /**
         * @param nSigFigs l2Book significant figures 2..5, or {@link #NOT_SET} ({@code --n-sig-figs}).
         * @param mantissa l2Book mantissa 1, 2 or 5 with 5 figures, or {@link #NOT_SET} ({@code --mantissa}).
         * @return this.
         */
        public Builder aggregation(final int nSigFigs, final int mantissa)
        {
            this.nSigFigs = nSigFigs;
            this.mantissa = mantissa;
            return this;
        }

        /** @param pingIntervalMs ping period ({@code --ping-interval}). @return this. */
        public Builder pingIntervalMs(final long pingIntervalMs)
        {
            this.pingIntervalMs = pingIntervalMs;
            return this;
        }

        /** @param staleMs silence that makes the feed stale ({@code --stale-ms}). @return this. */
        public Builder staleMs(final long staleMs)
        {
            this.staleMs = staleMs;
            return this;
        }

        /**
         * @param minMs first back-off after a failed connection attempt.
         * @param maxMs longest back-off.
         * @return this.
         */
        public Builder reconnectBackoffMs(final long minMs, final long maxMs)
        {
            this.reconnectMinMs = minMs;
            this.reconnectMaxMs = maxMs;
            return this;
        }

        /** @param connectTimeoutMs WebSocket connect timeout. @return this. */
        public Builder connectTimeoutMs(final long connectTimeoutMs)
        {
            this.connectTimeoutMs = connectTimeoutMs;
            return this;
        }

        /**
         * @param slots frame slots between reader and engine.
         * @param bytes initial bytes per slot.
         * @return this.
         */
        public Builder inbound(final int slots, final int bytes)
        {
            this.inboundSlots = slots;
            this.slotBytes = bytes;
            return this;
        }

        /** @param maxFrameBytes largest text frame accepted, in bytes (default 1 MiB). @return this. */
        public Builder maxFrameBytes(final int maxFrameBytes)
        {
            this.maxFrameBytes = maxFrameBytes;
            return this;
        }

        /** @param nanoClock monotonic clock of reader and engine. @return this. */
        public Builder nanoClock(final NanoClock nanoClock)
        {
            this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
            return this;
        }

        /** @param epochClock wall clock of receive stamps. @return this. */
        public Builder epochClock(final EpochNanoClock epochClock)
        {
            this.epochClock = Objects.requireNonNull(epochClock, "epochClock");
            return this;
        }

        /**
         * @return the validated configuration.
         * @throws IllegalArgumentException one line naming the flag at fault and its value.
         */
        public HyperliquidLiveConfig build()
        {
            final List<String> valid = validCoins();
            checkUrl(wsUrl);
            if (nSigFigs != NOT_SET && (nSigFigs < 2 || nSigFigs > 5))
            {
                throw new IllegalArgumentException(FLAG_N_SIG_FIGS + ": must be 2..5, got " + nSigFigs);
            }
            if (mantissa != NOT_SET && (nSigFigs != 5 || (mantissa != 1 && mantissa != 2 && mantissa != 5)))
            {
                throw new IllegalArgumentException(FLAG_MANTISSA + ": must be 1, 2 or 5, and needs " +
                    FLAG_N_SIG_FIGS + " 5; got " + mantissa + " with " + FLAG_N_SIG_FIGS + " " +
                    (nSigFigs == NOT_SET ? "unset" : String.valueOf(nSigFigs)));
            }
            if (pingIntervalMs <= 0)
            {
                throw new IllegalArgumentException(FLAG_PING_INTERVAL + ": must be positive, got " + pingIntervalMs +
                    " ms");
            }
            if (staleMs < MIN_STALE_MS)
            {
                throw new IllegalArgumentException(FLAG_STALE_MS + ": must be at least " + MIN_STALE_MS + ", got " +
                    staleMs);
            }
            if (reconnectMinMs <= 0 || reconnectMaxMs < reconnectMinMs || connectTimeoutMs <= 0)
            {
                throw new IllegalArgumentException("timeouts and back-offs must be positive, with min <= max");
            }
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
            return new HyperliquidLiveConfig(this, valid);
        }

        private List<String> validCoins()
        {
            if (coins.isEmpty())
            {
                throw new IllegalArgumentException(FLAG_COINS + ": at least one coin is required, e.g. BTC");
            }
            if (2 * coins.size() > MAX_SUBSCRIPTIONS)
            {
                throw new IllegalArgumentException(FLAG_COINS + ": " + coins.size() + " coins need " +
                    2 * coins.size() + " subscriptions, over Hyperliquid's " + MAX_SUBSCRIPTIONS);
            }
            final LinkedHashSet<String> unique = new LinkedHashSet<>();
            for (final String raw : coins)
            {
                final String coin = null == raw ? "" : raw.trim();
                // Coins are case-sensitive (kPEPE) and include PURR/USDC, @107 and dex:COIN; nothing that needs
                // escaping in the JSON request.
                if (!coin.matches("[A-Za-z0-9/@:._-]{1,64}"))
                {
                    throw new IllegalArgumentException(FLAG_COINS + ": invalid coin '" + raw +
                        "' (as Hyperliquid writes it, e.g. BTC, kPEPE, PURR/USDC, @107)");
                }
                if (!unique.add(coin))
                {
                    throw new IllegalArgumentException(FLAG_COINS + ": coin '" + raw + "' given twice");
                }
            }
            return List.copyOf(unique);
        }

        private static void checkUrl(final String url)
        {
            final URI uri;
            try
            {
                uri = URI.create(url);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException(FLAG_WS_URL + ": not a URL: '" + url + "'", ex);
            }
            if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme()) || null == uri.getHost())
            {
                throw new IllegalArgumentException(FLAG_WS_URL + ": expected ws://host[:port]/path or " +
                    "wss://host[:port]/path, got '" + url + "'");
            }
        }
    }
}
