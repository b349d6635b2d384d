package dev.spindle.tools.sim.hyperliquid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.hyperliquid.source.SyntheticSource;

/**
 * Everything a {@link HyperliquidSimulator} needs; build with {@link #builder()}. Immutable.
 * <p>
 * Exactly one source: {@link Builder#recording(List)} (Hyperliquid archive lines or hftbacktest captures, told
 * apart per file) or {@link Builder#synthetic(List, double, long, int)}.
 */
public final class HyperliquidSimConfig
{
    /** Where frames come from. */
    public enum SourceKind
    {
        /** Recorded frames: Hyperliquid archive files and/or hftbacktest captures. */
        RECORDING,
        /** A random-walk market per coin. */
        SYNTHETIC
    }

    private final String host;
    private final int wsPort;
    private final int restPort;
    private final SourceKind sourceKind;
    private final List<Path> recordingFiles;
    private final List<String> syntheticCoins;
    private final double syntheticRate;
    private final long syntheticSeed;
    private final int syntheticLevels;
    private final double speed;
    private final boolean awaitFirstSubscriber;
    private final Duration idleTimeout;
    private final int replayTrades;
    private final LongSupplier clockMs;
    private final Consumer<String> warnings;
    private final List<FaultSpec> faults;

    private HyperliquidSimConfig(final Builder b)
    {
        this.host = b.host;
        this.wsPort = b.wsPort;
        this.restPort = b.restPort;
        this.sourceKind = b.sourceKind;
        this.recordingFiles = b.recordingFiles;
        this.syntheticCoins = b.syntheticCoins;
        this.syntheticRate = b.syntheticRate;
        this.syntheticSeed = b.syntheticSeed;
        this.syntheticLevels = b.syntheticLevels;
        this.speed = b.speed;
        this.awaitFirstSubscriber = b.awaitFirstSubscriber;
        this.idleTimeout = b.idleTimeout;
        this.replayTrades = b.replayTrades;
        this.clockMs = b.clockMs;
        this.warnings = b.warnings;
        this.faults = b.faults;
    }

    /** @return a builder with Hyperliquid's defaults (loopback, ephemeral ports, real speed, 60 s idle close). */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return bind host of both servers. */
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

    /** @return recorded files, merged by receive time. */
    public List<Path> recordingFiles()
    {
        return recordingFiles;
    }

    /** @return synthetic coins. */
    public List<String> syntheticCoins()
    {
        return syntheticCoins;
    }

    /** @return synthetic book pushes per second per coin. */
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

    /** @return source-time speed factor; {@link Double#POSITIVE_INFINITY} = as fast as possible. */
    public double speed()
    {
        return speed;
    }

    /** @return true if the source waits for the first subscribed client before it starts. */
    public boolean awaitFirstSubscriber()
    {
        return awaitFirstSubscriber;
    }

    /** @return client silence after which a connection is closed (Hyperliquid: 60 s). */
    public Duration idleTimeout()
    {
        return idleTimeout;
    }

    /** @return recent trades replayed on a {@code trades} subscribe (Hyperliquid: 30). */
    public int replayTrades()
    {
        return replayTrades;
    }

    /** @return epoch-ms clock for synthetic frame times. */
    public LongSupplier clockMs()
    {
        return clockMs;
    }

    /** @return scheduled faults ({@code --fault}). */
    public List<FaultSpec> faults()
    {
        return faults;
    }

    /** @return where non-fatal problems are reported. */
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
        private List<String> syntheticCoins = List.of();
        private double syntheticRate = 2;
        private long syntheticSeed = 1;
        private int syntheticLevels = 20;
        private double speed = 1.0;
        private boolean awaitFirstSubscriber;
        private Duration idleTimeout = Duration.ofSeconds(60);
        private int replayTrades = 30;
        private LongSupplier clockMs = System::currentTimeMillis;
        private Consumer<String> warnings = w -> System.err.println("WARN " + w);
        private List<FaultSpec> faults = List.of();

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

        /** @param files archive and/or hftbacktest files, merged by receive time. @return this. */
        public Builder recording(final List<Path> files)
        {
            this.sourceKind = SourceKind.RECORDING;
            this.recordingFiles = List.copyOf(files);
            return this;
        }

        /**
         * @param coins           coin names as written on the wire.
         * @param booksPerSecond  book pushes per second per coin (Hyperliquid: about 2).
         * @param seed            random seed.
         * @param levels          levels per side (Hyperliquid: 20).
         * @return this.
         */
        public Builder synthetic(final List<String> coins, final double booksPerSecond, final long seed,
            final int levels)
        {
            this.sourceKind = SourceKind.SYNTHETIC;
            this.syntheticCoins = List.copyOf(coins);
            this.syntheticRate = booksPerSecond;
            this.syntheticSeed = seed;
            this.syntheticLevels = levels;
            return this;
        }

        /** @param speed source-time speed factor (&gt; 0), default 1. @return this. */
        public Builder speed(final double speed)
        {
            this.speed = speed;
            return this;
        }

        /** Serve the source as fast as the sockets take it. @return this. */
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

        /** @param timeout client silence before the close (default 60 s). @return this. */
        public Builder idleTimeout(final Duration timeout)
        {
            this.idleTimeout = Objects.requireNonNull(timeout, "idleTimeout");
            return this;
        }

        /** @param trades recent trades replayed on subscribe (default 30). @return this. */
        public Builder replayTrades(final int trades)
        {
            this.replayTrades = trades;
            return this;
        }

        /** @param clock epoch-ms clock for synthetic frame times (default system clock). @return this. */
        public Builder clockMs(final LongSupplier clock)
        {
            this.clockMs = Objects.requireNonNull(clock, "clockMs");
            return this;
        }

        /**
         * @param specs scheduled faults (default none), e.g. from {@link FaultSpec#parseAll(List)}; not
         *              {@code shutdown} or {@code stale-snapshot}.
         * @return this.
         */
        public Builder faults(final List<FaultSpec> specs)
        {
            this.faults = List.copyOf(specs);
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
        public HyperliquidSimConfig build()
        {
            if (sourceKind == null)
            {
                throw new IllegalArgumentException("no source: give a recording or synthetic coins");
            }
            for (final FaultSpec fault : faults)
            {
                if (!fault.fault().onHyperliquid())
                {
                    throw new IllegalArgumentException("--fault " + fault + ": the hyperliquid simulator has no " +
                        fault.fault().flagName() + " fault");
                }
            }
            if (sourceKind == SourceKind.RECORDING && recordingFiles.isEmpty())
            {
                throw new IllegalArgumentException("recording: at least one file is needed");
            }
            if (sourceKind == SourceKind.SYNTHETIC)
            {
                SyntheticSource.check(syntheticCoins, syntheticLevels, syntheticRate);
            }
            if (!(speed > 0))
            {
                throw new IllegalArgumentException("speed must be positive, got " + speed);
            }
            requirePort("wsPort", wsPort);
            requirePort("restPort", restPort);
            if (idleTimeout.isNegative() || idleTimeout.isZero())
            {
                throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
            }
            if (replayTrades < 0)
            {
                throw new IllegalArgumentException("replayTrades must be >= 0, got " + replayTrades);
            }
            return new HyperliquidSimConfig(this);
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
