package dev.spindle.tools.sim.binance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.spindle.tools.sim.SimConfig;

/**
 * Everything a {@link BinanceSimulator} needs; build with {@link #builder()}. Immutable.
 * <p>
 * Exactly one source: {@link Builder#recording(List)} (hftbacktest captures), {@link Builder#cryptofeed(Path,
 * String)} or {@link Builder#synthetic(List, double, long, int)}.
 */
public final class BinanceSimConfig extends SimConfig
{
    /** Where frames come from. */
    public enum SourceKind
    {
        /** hftbacktest collector captures ({@code <local_ns> <raw frame>} lines, inline snapshots). */
        HFTBACKTEST,
        /** A cryptofeed raw-data recording folder. */
        CRYPTOFEED,
        /** A random-walk market per symbol. */
        SYNTHETIC
    }

    private final SourceKind sourceKind;
    private final Path cryptofeedFolder;
    private final String exchange;
    private final List<String> syntheticSymbols;
    private final Duration pingInterval;
    private final Duration pongTimeout;
    private final Duration maxConnectionLifetime;
    private final Duration shutdownGrace;
    private final int restWeightLimit;
    private final int bookHistoryEvents;

    private BinanceSimConfig(final Builder b)
    {
        super(b);
        this.sourceKind = b.sourceKind;
        this.cryptofeedFolder = b.cryptofeedFolder;
        this.exchange = b.exchange;
        this.syntheticSymbols = b.syntheticSymbols;
        this.pingInterval = b.pingInterval;
        this.pongTimeout = b.pongTimeout;
        this.maxConnectionLifetime = b.maxConnectionLifetime;
        this.shutdownGrace = b.shutdownGrace;
        this.restWeightLimit = b.restWeightLimit;
        this.bookHistoryEvents = b.bookHistoryEvents;
    }

    /** @return a builder with Binance's defaults (loopback, ephemeral ports, real speed, 20 s pings...). */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return the kind of source. */
    public SourceKind sourceKind()
    {
        return sourceKind;
    }

    /** @return cryptofeed folder. */
    public Path cryptofeedFolder()
    {
        return cryptofeedFolder;
    }

    /** @return cryptofeed exchange prefix, e.g. {@code BINANCE}. */
    public String exchange()
    {
        return exchange;
    }

    /** @return synthetic symbols. */
    public List<String> syntheticSymbols()
    {
        return syntheticSymbols;
    }

    /** @return time between ping frames; zero disables pings and the pong check. */
    public Duration pingInterval()
    {
        return pingInterval;
    }

    /** @return how long a ping may stay unanswered before the connection is closed. */
    public Duration pongTimeout()
    {
        return pongTimeout;
    }

    /** @return maximum lifetime of a connection. */
    public Duration maxConnectionLifetime()
    {
        return maxConnectionLifetime;
    }

    /** @return time between {@code serverShutdown} and the close that follows. */
    public Duration shutdownGrace()
    {
        return shutdownGrace;
    }

    /** @return REST request weight allowed per minute. */
    public int restWeightLimit()
    {
        return restWeightLimit;
    }

    /** @return depth events each book keeps for {@link BinanceSimulator#bookAt(String, long)}. */
    public int bookHistoryEvents()
    {
        return bookHistoryEvents;
    }

    /** Collects the settings; {@link #build()} checks them. Not thread safe. */
    public static final class Builder extends SimConfig.Builder<Builder>
    {
        private SourceKind sourceKind;
        private Path cryptofeedFolder;
        private String exchange = "BINANCE";
        private List<String> syntheticSymbols = List.of();
        private Duration pingInterval = Duration.ofSeconds(20);
        private Duration pongTimeout = Duration.ofMinutes(1);
        private Duration maxConnectionLifetime = Duration.ofHours(24);
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private int restWeightLimit = 6000;
        private int bookHistoryEvents = 10_000;

        private Builder()
        {
            super(100, 50);
        }

        @Override
        protected Builder self()
        {
            return this;
        }

        /** @param files hftbacktest captures read in order as one recording. @return this. */
        public Builder recording(final List<Path> files)
        {
            this.sourceKind = SourceKind.HFTBACKTEST;
            this.recordingFiles = List.copyOf(files);
            return this;
        }

        /** @param folder cryptofeed folder. @param exchange file prefix, e.g. BINANCE. @return this. */
        public Builder cryptofeed(final Path folder, final String exchange)
        {
            this.sourceKind = SourceKind.CRYPTOFEED;
            this.cryptofeedFolder = Objects.requireNonNull(folder, "folder");
            this.exchange = Objects.requireNonNull(exchange, "exchange");
            return this;
        }

        /**
         * @param symbols         symbols, any case.
         * @param framesPerSecond frames per second per symbol.
         * @param seed            random seed.
         * @param levels          levels per side near the touch.
         * @return this.
         */
        public Builder synthetic(final List<String> symbols, final double framesPerSecond, final long seed,
            final int levels)
        {
            this.sourceKind = SourceKind.SYNTHETIC;
            this.syntheticSymbols = List.copyOf(symbols);
            this.syntheticRate = framesPerSecond;
            this.syntheticSeed = seed;
            this.syntheticLevels = levels;
            return this;
        }

        /** @param interval ping period (default 20 s); zero disables pings. @return this. */
        public Builder pingInterval(final Duration interval)
        {
            this.pingInterval = Objects.requireNonNull(interval, "pingInterval");
            return this;
        }

        /** @param timeout pong deadline after a ping (default 60 s). @return this. */
        public Builder pongTimeout(final Duration timeout)
        {
            this.pongTimeout = Objects.requireNonNull(timeout, "pongTimeout");
            return this;
        }

        /** @param lifetime maximum connection lifetime (default 24 h). @return this. */
        public Builder maxConnectionLifetime(final Duration lifetime)
        {
            this.maxConnectionLifetime = Objects.requireNonNull(lifetime, "maxConnectionLifetime");
            return this;
        }

        /** @param grace time between {@code serverShutdown} and the close (default 5 s). @return this. */
        public Builder shutdownGrace(final Duration grace)
        {
            this.shutdownGrace = Objects.requireNonNull(grace, "shutdownGrace");
            return this;
        }

        /** @param weightPerMinute REST weight limit (default 6000). @return this. */
        public Builder restWeightLimit(final int weightPerMinute)
        {
            this.restWeightLimit = weightPerMinute;
            return this;
        }

        /** @param events depth events of history per book (default 10,000). @return this. */
        public Builder bookHistoryEvents(final int events)
        {
            this.bookHistoryEvents = events;
            return this;
        }

        /**
         * @return the checked configuration.
         * @throws IllegalArgumentException naming the first bad setting.
         */
        public BinanceSimConfig build()
        {
            if (sourceKind == null)
            {
                throw new IllegalArgumentException("no source: give a recording, a cryptofeed folder or synthetic");
            }
            if (sourceKind == SourceKind.HFTBACKTEST && recordingFiles.isEmpty())
            {
                throw new IllegalArgumentException("recording: at least one file is needed");
            }
            checkSpeedAndPorts();
            if (pingInterval.isNegative() || pongTimeout.isNegative() || pongTimeout.isZero() ||
                maxConnectionLifetime.isNegative() || maxConnectionLifetime.isZero() ||
                shutdownGrace.isNegative())
            {
                throw new IllegalArgumentException("pingInterval and shutdownGrace must be >= 0, pongTimeout and " +
                    "maxConnectionLifetime > 0");
            }
            if (restWeightLimit <= 0)
            {
                throw new IllegalArgumentException("restWeightLimit must be positive, got " + restWeightLimit);
            }
            if (bookHistoryEvents < 0)
            {
                throw new IllegalArgumentException("bookHistoryEvents must be >= 0, got " + bookHistoryEvents);
            }
            return new BinanceSimConfig(this);
        }
    }
}
