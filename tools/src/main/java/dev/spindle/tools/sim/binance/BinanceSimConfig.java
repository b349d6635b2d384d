package dev.spindle.tools.sim.binance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import dev.spindle.tools.sim.fault.FaultSpec;

/**
 * Everything a {@link BinanceSimulator} needs; build with {@link #builder()}. Immutable.
 * <p>
 * Exactly one source: {@link Builder#recording(List)} (hftbacktest captures), {@link Builder#cryptofeed(Path,
 * String)} or {@link Builder#synthetic(List, double, long, int)}.
 */
public final class BinanceSimConfig
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

    private final String host;
    private final int wsPort;
    private final int restPort;
    private final SourceKind sourceKind;
    private final List<Path> recordingFiles;
    private final Path cryptofeedFolder;
    private final String exchange;
    private final List<String> syntheticSymbols;
    private final double syntheticRate;
    private final long syntheticSeed;
    private final int syntheticLevels;
    private final double speed;
    private final boolean awaitFirstSubscriber;
    private final Duration pingInterval;
    private final Duration pongTimeout;
    private final Duration maxConnectionLifetime;
    private final Duration shutdownGrace;
    private final int restWeightLimit;
    private final LongSupplier clockMs;
    private final List<FaultSpec> faults;
    private final int bookHistoryEvents;
    private final Consumer<String> warnings;

    private BinanceSimConfig(final Builder b)
    {
        this.host = b.host;
        this.wsPort = b.wsPort;
        this.restPort = b.restPort;
        this.sourceKind = b.sourceKind;
        this.recordingFiles = b.recordingFiles;
        this.cryptofeedFolder = b.cryptofeedFolder;
        this.exchange = b.exchange;
        this.syntheticSymbols = b.syntheticSymbols;
        this.syntheticRate = b.syntheticRate;
        this.syntheticSeed = b.syntheticSeed;
        this.syntheticLevels = b.syntheticLevels;
        this.speed = b.speed;
        this.awaitFirstSubscriber = b.awaitFirstSubscriber;
        this.pingInterval = b.pingInterval;
        this.pongTimeout = b.pongTimeout;
        this.maxConnectionLifetime = b.maxConnectionLifetime;
        this.shutdownGrace = b.shutdownGrace;
        this.restWeightLimit = b.restWeightLimit;
        this.clockMs = b.clockMs;
        this.faults = b.faults;
        this.bookHistoryEvents = b.bookHistoryEvents;
        this.warnings = b.warnings;
    }

    /** @return a builder with Binance's defaults (loopback, ephemeral ports, real speed, 20 s pings...). */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return bind host for both servers. */
    public String host()
    {
        return host;
    }

    /** @return WebSocket port, 0 = ephemeral. */
    public int wsPort()
    {
        return wsPort;
    }

    /** @return REST port, 0 = ephemeral. */
    public int restPort()
    {
        return restPort;
    }

    /** @return the kind of source. */
    public SourceKind sourceKind()
    {
        return sourceKind;
    }

    /** @return hftbacktest files, read in order as one recording. */
    public List<Path> recordingFiles()
    {
        return recordingFiles;
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

    /** @return synthetic frames per second per symbol. */
    public double syntheticRate()
    {
        return syntheticRate;
    }

    /** @return synthetic random seed. */
    public long syntheticSeed()
    {
        return syntheticSeed;
    }

    /** @return synthetic levels per side. */
    public int syntheticLevels()
    {
        return syntheticLevels;
    }

    /** @return replay speed factor for recordings; {@link Double#POSITIVE_INFINITY} = as fast as possible. */
    public double speed()
    {
        return speed;
    }

    /** @return true if the source waits for the first subscribed client before it starts. */
    public boolean awaitFirstSubscriber()
    {
        return awaitFirstSubscriber;
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

    /** @return the epoch-ms clock (REST weight window, {@code serverTime}, synthetic and system event times). */
    public LongSupplier clockMs()
    {
        return clockMs;
    }

    /** @return scheduled faults ({@code --fault}). */
    public List<FaultSpec> faults()
    {
        return faults;
    }

    /** @return depth events each book keeps for {@link BinanceSimulator#bookAt(String, long)}. */
    public int bookHistoryEvents()
    {
        return bookHistoryEvents;
    }

    /** @return where non-fatal problems (recording gaps, skipped lines, sender errors) are reported. */
    public Consumer<String> warnings()
    {
        return warnings;
    }

    /** Collects the settings; {@link #build()} checks them. Not thread safe. */
    public static final class Builder
    {
        private String host = "127.0.0.1";
        private int wsPort;
        private int restPort;
        private SourceKind sourceKind;
        private List<Path> recordingFiles = List.of();
        private Path cryptofeedFolder;
        private String exchange = "BINANCE";
        private List<String> syntheticSymbols = List.of();
        private double syntheticRate = 100;
        private long syntheticSeed = 1;
        private int syntheticLevels = 50;
        private double speed = 1.0;
        private boolean awaitFirstSubscriber;
        private Duration pingInterval = Duration.ofSeconds(20);
        private Duration pongTimeout = Duration.ofMinutes(1);
        private Duration maxConnectionLifetime = Duration.ofHours(24);
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private int restWeightLimit = 6000;
        private LongSupplier clockMs = System::currentTimeMillis;
        private List<FaultSpec> faults = List.of();
        private int bookHistoryEvents = 10_000;
        private Consumer<String> warnings = w -> System.err.println("WARN " + w);

        private Builder()
        {
        }

        /** @param host bind host, default {@code 127.0.0.1}. @return this. */
        public Builder host(final String host)
        {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** @param port WebSocket port, 0 (default) = ephemeral. @return this. */
        public Builder wsPort(final int port)
        {
            this.wsPort = port;
            return this;
        }

        /** @param port REST port, 0 (default) = ephemeral. @return this. */
        public Builder restPort(final int port)
        {
            this.restPort = port;
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

        /** @param speed recorded-time speed factor (&gt; 0), default 1. @return this. */
        public Builder speed(final double speed)
        {
            this.speed = speed;
            return this;
        }

        /** Replay a recording as fast as the sockets take it. @return this. */
        public Builder maxSpeed()
        {
            this.speed = Double.POSITIVE_INFINITY;
            return this;
        }

        /** @param await hold the source until a client has subscribed to something. @return this. */
        public Builder awaitFirstSubscriber(final boolean await)
        {
            this.awaitFirstSubscriber = await;
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

        /** @param clock epoch-ms clock (default {@link System#currentTimeMillis()}). @return this. */
        public Builder clockMs(final LongSupplier clock)
        {
            this.clockMs = Objects.requireNonNull(clock, "clockMs");
            return this;
        }

        /** @param specs scheduled faults (default none), e.g. from {@link FaultSpec#parseAll(List)}. @return this. */
        public Builder faults(final List<FaultSpec> specs)
        {
            this.faults = List.copyOf(specs);
            return this;
        }

        /** @param events depth events of history per book (default 10,000). @return this. */
        public Builder bookHistoryEvents(final int events)
        {
            this.bookHistoryEvents = events;
            return this;
        }

        /** @param sink receives one line per warning (default stderr). @return this. */
        public Builder warnings(final Consumer<String> sink)
        {
            this.warnings = Objects.requireNonNull(sink, "warnings");
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
            if (!(speed > 0))
            {
                throw new IllegalArgumentException("speed must be positive, got " + speed);
            }
            requirePort("wsPort", wsPort);
            requirePort("restPort", restPort);
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

        private static void requirePort(final String name, final int port)
        {
            if (port < 0 || port > 65_535)
            {
                throw new IllegalArgumentException(name + " must be 0..65535, got " + port);
            }
        }
    }
}
