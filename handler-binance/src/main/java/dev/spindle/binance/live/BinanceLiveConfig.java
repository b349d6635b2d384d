package dev.spindle.binance.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * Settings of a {@link BinanceLive} handler, validated by {@link Builder#build()}. Every validation failure is an
 * {@link IllegalArgumentException} whose one-line message starts with the command-line flag at fault
 * ({@code --depth-limit: must be 1..5000, got 0}).
 */
public final class BinanceLiveConfig
{
    /** Default WebSocket base URL (spot market streams). */
    public static final String DEFAULT_WS_URL = "wss://stream.binance.com:9443";
    /** Default REST base URL (spot). */
    public static final String DEFAULT_REST_URL = "https://api.binance.com";
    /** Default REST snapshot depth, {@code --depth-limit}. */
    public static final int DEFAULT_DEPTH_LIMIT = 1000;
    /** Largest depth Binance serves. */
    public static final int MAX_DEPTH_LIMIT = 5000;
    /** Default silence after which the feed is stale, {@code --stale-ms}. */
    public static final long DEFAULT_STALE_MS = 10_000;
    /** Shortest accepted {@code --stale-ms}. */
    public static final long MIN_STALE_MS = 100;
    /** Longest accepted {@code --stale-ms} and {@code --max-connection-age}: a day (Binance cuts connections at 24 h). */
    public static final long MAX_INTERVAL_MS = 24 * 3_600_000L;
    /** Default planned connection rollover, {@code --max-connection-age}: 23h50m, before Binance's 24 h cut. */
    public static final long DEFAULT_MAX_CONNECTION_AGE_MS = (23 * 60 + 50) * 60_000L;
    /** Default largest text frame accepted: 1 MiB, far above any market frame Binance sends. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;
    /** Binance accepts at most this many streams on one connection. */
    public static final int MAX_STREAMS_PER_CONNECTION = 1024;
    /** Default streams: 100 ms diff depth, trades, book tickers. */
    public static final List<BinanceStream> DEFAULT_STREAMS =
        List.of(BinanceStream.DEPTH_100MS, BinanceStream.TRADE, BinanceStream.BOOK_TICKER);

    /** Flag names, used in error messages. */
    public static final String FLAG_SYMBOLS = "--symbols";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_STREAMS = "--streams";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_WS_URL = "--ws-url";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_REST_URL = "--rest-url";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_DEPTH_LIMIT = "--depth-limit";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_STALE_MS = "--stale-ms";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_MAX_CONNECTION_AGE = "--max-connection-age";

    private final String name;
    private final List<String> symbols;
    private final Set<BinanceStream> streams;
    private final String wsUrl;
    private final String restUrl;
    private final int depthLimit;
    private final long staleMs;
    private final long maxConnectionAgeMs;
    private final long reconnectMinMs;
    private final long reconnectMaxMs;
    private final long handoverTimeoutMs;
    private final long connectTimeoutMs;
    private final long restTimeoutMs;
    private final long restRetryMinMs;
    private final long restRetryMaxMs;
    private final int inboundSlots;
    private final int slotBytes;
    private final int maxFrameBytes;
    private final NanoClock nanoClock;
    private final EpochNanoClock epochClock;

    private BinanceLiveConfig(final Builder b, final List<String> symbols, final Set<BinanceStream> streams)
    {
        name = b.name;
        this.symbols = symbols;
        this.streams = streams;
        wsUrl = stripSlash(b.wsUrl);
        restUrl = stripSlash(b.restUrl);
        depthLimit = b.depthLimit;
        staleMs = b.staleMs;
        maxConnectionAgeMs = b.maxConnectionAgeMs;
        reconnectMinMs = b.reconnectMinMs;
        reconnectMaxMs = b.reconnectMaxMs;
        handoverTimeoutMs = b.handoverTimeoutMs;
        connectTimeoutMs = b.connectTimeoutMs;
        restTimeoutMs = b.restTimeoutMs;
        restRetryMinMs = b.restRetryMinMs;
        restRetryMaxMs = b.restRetryMaxMs;
        inboundSlots = b.inboundSlots;
        slotBytes = b.slotBytes;
        maxFrameBytes = b.maxFrameBytes;
        nanoClock = b.nanoClock;
        epochClock = b.epochClock;
    }

    /** @return a builder with every default set and no symbol. */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return handler name: the source of its log events and counters ({@code binance}, {@code binance:BTCUSDT}). */
    public String name()
    {
        return name;
    }

    /** @return symbols, upper case as Binance writes them in payloads, in the order given. */
    public List<String> symbols()
    {
        return symbols;
    }

    /** @return the streams subscribed for every symbol; exactly one depth stream among them. */
    public Set<BinanceStream> streams()
    {
        return streams;
    }

    /** @return WebSocket base URL without a trailing slash. */
    public String wsUrl()
    {
        return wsUrl;
    }

    /** @return REST base URL without a trailing slash. */
    public String restUrl()
    {
        return restUrl;
    }

    /** @return REST snapshot {@code limit}. */
    public int depthLimit()
    {
        return depthLimit;
    }

    /** @return silence on the connection after which the books go stale and the connection is replaced. */
    public long staleMs()
    {
        return staleMs;
    }

    /** @return connection age at which it is replaced make-before-break. */
    public long maxConnectionAgeMs()
    {
        return maxConnectionAgeMs;
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

    /** @return longest overlap of old and new connection during a rollover before the old one is closed anyway. */
    public long handoverTimeoutMs()
    {
        return handoverTimeoutMs;
    }

    /** @return WebSocket connect and handshake timeout. */
    public long connectTimeoutMs()
    {
        return connectTimeoutMs;
    }

    /** @return REST request timeout. */
    public long restTimeoutMs()
    {
        return restTimeoutMs;
    }

    /** @return first retry delay of a failed REST request (other than 429/418, which follow Retry-After). */
    public long restRetryMinMs()
    {
        return restRetryMinMs;
    }

    /** @return longest retry delay of a failed REST request. */
    public long restRetryMaxMs()
    {
        return restRetryMaxMs;
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
     * @return the largest text frame accepted, in bytes; a larger one is refused (counted as {@code oversized_frames},
     * logged, not captured), so a hostile or broken peer cannot make every frame slot grow without bound.
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
     * @return the combined-stream URL: {@code <ws-url>/stream?streams=btcusdt@depth@100ms/btcusdt@trade/...}.
     */
    public String combinedStreamUrl()
    {
        final StringBuilder url = new StringBuilder(wsUrl).append("/stream?streams=");
        boolean first = true;
        for (final String symbol : symbols)
        {
            for (final BinanceStream stream : streams)
            {
                if (!first)
                {
                    url.append('/');
                }
                first = false;
                url.append(symbol.toLowerCase(Locale.ROOT)).append('@').append(stream.wireName());
            }
        }
        return url.toString();
    }

    /**
     * @param symbol upper-case symbol.
     * @return {@code <rest-url>/api/v3/depth?symbol=<SYMBOL>&limit=<depth-limit>}.
     */
    public URI depthUri(final String symbol)
    {
        return URI.create(restUrl + "/api/v3/depth?symbol=" + symbol + "&limit=" + depthLimit);
    }

    /** @return the depth stream subscribed. */
    public BinanceStream depthStream()
    {
        for (final BinanceStream stream : streams)
        {
            if (stream.isDepth())
            {
                return stream;
            }
        }
        throw new IllegalStateException("no depth stream");
    }

    private static String stripSlash(final String url)
    {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Collects settings; {@link #build()} validates them all. Not thread safe. */
    public static final class Builder
    {
        private String name = "binance";
        private List<String> symbols = List.of();
        private List<BinanceStream> streams = DEFAULT_STREAMS;
        private String wsUrl = DEFAULT_WS_URL;
        private String restUrl = DEFAULT_REST_URL;
        private int depthLimit = DEFAULT_DEPTH_LIMIT;
        private long staleMs = DEFAULT_STALE_MS;
        private long maxConnectionAgeMs = DEFAULT_MAX_CONNECTION_AGE_MS;
        private long reconnectMinMs = 250;
        private long reconnectMaxMs = 30_000;
        private long handoverTimeoutMs = 10_000;
        private long connectTimeoutMs = 10_000;
        private long restTimeoutMs = 10_000;
        private long restRetryMinMs = 500;
        private long restRetryMaxMs = 30_000;
        private int inboundSlots = 4096;
        private int slotBytes = 1024;
        private int maxFrameBytes = DEFAULT_MAX_FRAME_BYTES;
        private NanoClock nanoClock = SystemNanoClock.INSTANCE;
        private EpochNanoClock epochClock = new SystemEpochNanoClock();

        private Builder()
        {
        }

        /** @param name handler name (default {@code binance}). @return this. */
        public Builder name(final String name)
        {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param symbols symbols in any case, e.g. {@code btcusdt} ({@code --symbols}). @return this. */
        public Builder symbols(final List<String> symbols)
        {
            this.symbols = List.copyOf(symbols);
            return this;
        }

        /** @param streams streams per symbol ({@code --streams}). @return this. */
        public Builder streams(final List<BinanceStream> streams)
        {
            this.streams = List.copyOf(streams);
            return this;
        }

        /** @param wsUrl WebSocket base URL ({@code --ws-url}). @return this. */
        public Builder wsUrl(final String wsUrl)
        {
            this.wsUrl = Objects.requireNonNull(wsUrl, FLAG_WS_URL);
            return this;
        }

        /** @param restUrl REST base URL ({@code --rest-url}). @return this. */
        public Builder restUrl(final String restUrl)
        {
            this.restUrl = Objects.requireNonNull(restUrl, FLAG_REST_URL);
            return this;
        }

        /** @param depthLimit REST snapshot limit, 1..5000 ({@code --depth-limit}). @return this. */
        public Builder depthLimit(final int depthLimit)
        {
            this.depthLimit = depthLimit;
            return this;
        }

        /** @param staleMs silence that makes the feed stale ({@code --stale-ms}). @return this. */
        public Builder staleMs(final long staleMs)
        {
            this.staleMs = staleMs;
            return this;
        }

        /** @param maxConnectionAgeMs planned rollover age ({@code --max-connection-age}). @return this. */
        public Builder maxConnectionAgeMs(final long maxConnectionAgeMs)
        {
            this.maxConnectionAgeMs = maxConnectionAgeMs;
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

        /** @param handoverTimeoutMs longest rollover overlap. @return this. */
        public Builder handoverTimeoutMs(final long handoverTimeoutMs)
        {
            this.handoverTimeoutMs = handoverTimeoutMs;
            return this;
        }

        /** @param connectTimeoutMs WebSocket connect timeout. @return this. */
        public Builder connectTimeoutMs(final long connectTimeoutMs)
        {
            this.connectTimeoutMs = connectTimeoutMs;
            return this;
        }

        /** @param restTimeoutMs REST request timeout. @return this. */
        public Builder restTimeoutMs(final long restTimeoutMs)
        {
            this.restTimeoutMs = restTimeoutMs;
            return this;
        }

        /**
         * @param minMs first retry delay of a failed REST request.
         * @param maxMs longest retry delay.
         * @return this.
         */
        public Builder restRetryMs(final long minMs, final long maxMs)
        {
            this.restRetryMinMs = minMs;
            this.restRetryMaxMs = maxMs;
            return this;
        }

        /**
         * @param slots frame slots between readers and engine.
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

        /** @param nanoClock monotonic clock of readers and engine. @return this. */
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
        public BinanceLiveConfig build()
        {
            final List<String> upper = validSymbols();
            final Set<BinanceStream> chosen = validStreams();
            if (upper.size() * chosen.size() > MAX_STREAMS_PER_CONNECTION)
            {
                throw new IllegalArgumentException(FLAG_SYMBOLS + ": " + upper.size() + " symbols x " + chosen.size() +
                    " streams exceed Binance's " + MAX_STREAMS_PER_CONNECTION + " streams per connection");
            }
            checkUrl(FLAG_WS_URL, wsUrl, "ws", "wss");
            checkUrl(FLAG_REST_URL, restUrl, "http", "https");
            if (depthLimit < 1 || depthLimit > MAX_DEPTH_LIMIT)
            {
                throw new IllegalArgumentException(FLAG_DEPTH_LIMIT + ": must be 1.." + MAX_DEPTH_LIMIT + ", got " +
                    depthLimit);
            }
            if (staleMs < MIN_STALE_MS || staleMs > MAX_INTERVAL_MS)
            {
                throw new IllegalArgumentException(FLAG_STALE_MS + ": must be " + MIN_STALE_MS + ".." +
                    MAX_INTERVAL_MS + ", got " + staleMs);
            }
            if (maxConnectionAgeMs <= 0 || maxConnectionAgeMs > MAX_INTERVAL_MS)
            {
                throw new IllegalArgumentException(FLAG_MAX_CONNECTION_AGE + ": must be positive and at most 24h " +
                    "(Binance closes connections at 24 h), got " + maxConnectionAgeMs + " ms");
            }
            if (reconnectMinMs <= 0 || reconnectMaxMs < reconnectMinMs || restRetryMinMs <= 0 ||
                restRetryMaxMs < restRetryMinMs || handoverTimeoutMs <= 0 || connectTimeoutMs <= 0 ||
                restTimeoutMs <= 0)
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
            return new BinanceLiveConfig(this, upper, chosen);
        }

        private List<String> validSymbols()
        {
            if (symbols.isEmpty())
            {
                throw new IllegalArgumentException(FLAG_SYMBOLS + ": at least one symbol is required, e.g. btcusdt");
            }
            final LinkedHashSet<String> unique = new LinkedHashSet<>();
            for (final String raw : symbols)
            {
                final String symbol = null == raw ? "" : raw.trim().toUpperCase(Locale.ROOT);
                if (!symbol.matches("[A-Z0-9]{1,32}"))
                {
                    throw new IllegalArgumentException(FLAG_SYMBOLS + ": invalid symbol '" + raw +
                        "' (letters and digits only, e.g. btcusdt)");
                }
                if (!unique.add(symbol))
                {
                    throw new IllegalArgumentException(FLAG_SYMBOLS + ": symbol '" + raw + "' given twice");
                }
            }
            return List.copyOf(new ArrayList<>(unique));
        }

        private Set<BinanceStream> validStreams()
        {
            final EnumSet<BinanceStream> chosen = EnumSet.noneOf(BinanceStream.class);
            int depthStreams = 0;
            for (final BinanceStream stream : streams)
            {
                if (!chosen.add(Objects.requireNonNull(stream, FLAG_STREAMS)))
                {
                    throw new IllegalArgumentException(FLAG_STREAMS + ": stream '" + stream.wireName() +
                        "' given twice");
                }
                depthStreams += stream.isDepth() ? 1 : 0;
            }
            if (depthStreams != 1)
            {
                throw new IllegalArgumentException(FLAG_STREAMS + ": name exactly one depth stream (depth@100ms or " +
                    "depth), got " + depthStreams);
            }
            return Collections.unmodifiableSet(chosen);
        }

        private static void checkUrl(final String flag, final String url, final String scheme, final String secure)
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
                throw new IllegalArgumentException(flag + ": expected " + scheme + "://host[:port] or " + secure +
                    "://host[:port], got '" + url + "'");
            }
            if (null != uri.getRawQuery() || null != uri.getRawFragment())
            {
                throw new IllegalArgumentException(flag + ": give the base URL only (no query), got '" + url + "'");
            }
        }
    }
}
