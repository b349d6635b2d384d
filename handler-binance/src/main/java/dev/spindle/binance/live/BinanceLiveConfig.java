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

import dev.spindle.engine.feed.ConnectionBuilder;
import dev.spindle.engine.feed.ConnectionSettings;
import dev.spindle.engine.feed.VenueConfig;

/**
 * Settings of a {@link BinanceLive} handler, validated by {@link Builder#build()}. Every validation failure is an
 * {@link IllegalArgumentException} whose one-line message starts with the command-line flag at fault
 * ({@code --depth-limit: must be 1..5000, got 0}).
 */
public final class BinanceLiveConfig extends VenueConfig
{
    /** Default WebSocket base URL (spot market streams). */
    public static final String DEFAULT_WS_URL = "wss://stream.binance.com:9443";
    /** Default REST base URL (spot). */
    public static final String DEFAULT_REST_URL = "https://api.binance.com";
    /** Default REST snapshot depth, {@code --depth-limit}. */
    public static final int DEFAULT_DEPTH_LIMIT = 1000;
    /** Largest depth Binance serves. */
    public static final int MAX_DEPTH_LIMIT = 5000;
    /** Default planned connection rollover, {@code --max-connection-age}: 23h50m, before Binance's 24 h cut. */
    public static final long DEFAULT_MAX_CONNECTION_AGE_MS = (23 * 60 + 50) * 60_000L;
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
    public static final String FLAG_WS_URL = ConnectionSettings.FLAG_WS_URL;
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_REST_URL = "--rest-url";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_DEPTH_LIMIT = "--depth-limit";
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_STALE_MS = ConnectionSettings.FLAG_STALE_MS;
    /** @see #FLAG_SYMBOLS */
    public static final String FLAG_MAX_CONNECTION_AGE = "--max-connection-age";

    private final List<String> symbols;
    private final Set<BinanceStream> streams;
    private final String restUrl;
    private final int depthLimit;
    private final long maxConnectionAgeMs;
    private final long handoverTimeoutMs;
    private final long restTimeoutMs;
    private final long restRetryMinMs;
    private final long restRetryMaxMs;

    private BinanceLiveConfig(
        final Builder b,
        final ConnectionSettings connection,
        final List<String> symbols,
        final Set<BinanceStream> streams)
    {
        super(connection);
        this.symbols = symbols;
        this.streams = streams;
        restUrl = stripSlash(b.restUrl);
        depthLimit = b.depthLimit;
        maxConnectionAgeMs = b.maxConnectionAgeMs;
        handoverTimeoutMs = b.handoverTimeoutMs;
        restTimeoutMs = b.restTimeoutMs;
        restRetryMinMs = b.restRetryMinMs;
        restRetryMaxMs = b.restRetryMaxMs;
    }

    /** @return a builder with every default set and no symbol. */
    public static Builder builder()
    {
        return new Builder();
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

    /** @return connection age at which it is replaced make-before-break. */
    public long maxConnectionAgeMs()
    {
        return maxConnectionAgeMs;
    }

    /** @return longest overlap of old and new connection during a rollover before the old one is closed anyway. */
    public long handoverTimeoutMs()
    {
        return handoverTimeoutMs;
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

    /**
     * @return the combined-stream URL: {@code <ws-url>/stream?streams=btcusdt@depth@100ms/btcusdt@trade/...}.
     */
    public String combinedStreamUrl()
    {
        final StringBuilder url = new StringBuilder(wsUrl()).append("/stream?streams=");
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
    public static final class Builder extends ConnectionBuilder<Builder>
    {
        private List<String> symbols = List.of();
        private List<BinanceStream> streams = DEFAULT_STREAMS;
        private String restUrl = DEFAULT_REST_URL;
        private int depthLimit = DEFAULT_DEPTH_LIMIT;
        private long maxConnectionAgeMs = DEFAULT_MAX_CONNECTION_AGE_MS;
        private long handoverTimeoutMs = 10_000;
        private long restTimeoutMs = 10_000;
        private long restRetryMinMs = 500;
        private long restRetryMaxMs = 30_000;

        private Builder()
        {
            super("binance", DEFAULT_WS_URL, 1024);
        }

        @Override
        protected Builder self()
        {
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

        /** @param maxConnectionAgeMs planned rollover age ({@code --max-connection-age}). @return this. */
        public Builder maxConnectionAgeMs(final long maxConnectionAgeMs)
        {
            this.maxConnectionAgeMs = maxConnectionAgeMs;
            return this;
        }

        /** @param handoverTimeoutMs longest rollover overlap. @return this. */
        public Builder handoverTimeoutMs(final long handoverTimeoutMs)
        {
            this.handoverTimeoutMs = handoverTimeoutMs;
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
            checkUrl(FLAG_WS_URL, wsUrl(), "ws", "wss", "", true);
            checkUrl(FLAG_REST_URL, restUrl, "http", "https", "", true);
            if (depthLimit < 1 || depthLimit > MAX_DEPTH_LIMIT)
            {
                throw new IllegalArgumentException(FLAG_DEPTH_LIMIT + ": must be 1.." + MAX_DEPTH_LIMIT + ", got " +
                    depthLimit);
            }
            checkStale();
            if (maxConnectionAgeMs <= 0 || maxConnectionAgeMs > ConnectionSettings.MAX_INTERVAL_MS)
            {
                throw new IllegalArgumentException(FLAG_MAX_CONNECTION_AGE + ": must be positive and at most 24h " +
                    "(Binance closes connections at 24 h), got " + maxConnectionAgeMs + " ms");
            }
            checkTimings(restRetryMinMs > 0 && restRetryMaxMs >= restRetryMinMs && handoverTimeoutMs > 0 &&
                restTimeoutMs > 0);
            checkInbound();
            return new BinanceLiveConfig(this, settings(stripSlash(wsUrl())), upper, chosen);
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
    }
}
