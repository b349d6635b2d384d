package dev.spindle.hyperliquid.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import dev.spindle.engine.feed.ConnectionBuilder;
import dev.spindle.engine.feed.ConnectionSettings;
import dev.spindle.engine.feed.VenueConfig;

/**
 * Settings of a {@link HyperliquidLive} handler, validated by {@link Builder#build()}. Every validation failure is
 * an {@link IllegalArgumentException} whose one-line message starts with the command-line flag at fault
 * ({@code --n-sig-figs: must be 2..5, got 7}).
 */
public final class HyperliquidLiveConfig extends VenueConfig
{
    /** Mainnet WebSocket URL ({@code --mainnet}, the default). */
    public static final String MAINNET_WS_URL = "wss://api.hyperliquid.xyz/ws";
    /** Testnet WebSocket URL ({@code --testnet}). */
    public static final String TESTNET_WS_URL = "wss://api.hyperliquid-testnet.xyz/ws";
    /** Default ping period: the official SDK's 50 s, under the venue's 60 s idle close. */
    public static final long DEFAULT_PING_INTERVAL_MS = 50_000;
    /** Hyperliquid allows this many subscriptions per IP; each coin takes two (l2Book, trades). */
    public static final int MAX_SUBSCRIPTIONS = 1000;
    /** Value of {@link #nSigFigs()} and {@link #mantissa()} when not set (full precision). */
    public static final int NOT_SET = 0;

    /** Flag names, used in error messages. */
    public static final String FLAG_COINS = "--coins";
    /** @see #FLAG_COINS */
    public static final String FLAG_WS_URL = ConnectionSettings.FLAG_WS_URL;
    /** @see #FLAG_COINS */
    public static final String FLAG_N_SIG_FIGS = "--n-sig-figs";
    /** @see #FLAG_COINS */
    public static final String FLAG_MANTISSA = "--mantissa";
    /** @see #FLAG_COINS */
    public static final String FLAG_PING_INTERVAL = "--ping-interval";
    /** @see #FLAG_COINS */
    public static final String FLAG_STALE_MS = ConnectionSettings.FLAG_STALE_MS;

    private final List<String> coins;
    private final int nSigFigs;
    private final int mantissa;
    private final long pingIntervalMs;

    private HyperliquidLiveConfig(final Builder b, final ConnectionSettings connection, final List<String> coins)
    {
        super(connection);
        this.coins = coins;
        nSigFigs = b.nSigFigs;
        mantissa = b.mantissa;
        pingIntervalMs = b.pingIntervalMs;
    }

    /** @return a builder with every default set and no coin. */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return coins exactly as Hyperliquid writes them (case kept), in the order given. */
    public List<String> coins()
    {
        return coins;
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
    public static final class Builder extends ConnectionBuilder<Builder>
    {
        private List<String> coins = List.of();
        private int nSigFigs = NOT_SET;
        private int mantissa = NOT_SET;
        private long pingIntervalMs = DEFAULT_PING_INTERVAL_MS;

        private Builder()
        {
            super("hyperliquid", MAINNET_WS_URL, 4096);
        }

        @Override
        protected Builder self()
        {
            return this;
        }

        /** @param coins coins as Hyperliquid writes them, e.g. {@code kPEPE} ({@code --coins}). @return this. */
        public Builder coins(final List<String> coins)
        {
            this.coins = List.copyOf(coins);
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

        /**
         * @return the validated configuration.
         * @throws IllegalArgumentException one line naming the flag at fault and its value.
         */
        public HyperliquidLiveConfig build()
        {
            final List<String> valid = validCoins();
            checkUrl(FLAG_WS_URL, wsUrl(), "ws", "wss", "/path", false);
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
            checkStale();
            checkTimings(true);
            checkInbound();
            return new HyperliquidLiveConfig(this, settings(wsUrl()), valid);
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
    }
}
