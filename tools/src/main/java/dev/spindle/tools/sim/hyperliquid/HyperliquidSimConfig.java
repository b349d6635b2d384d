package dev.spindle.tools.sim.hyperliquid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.spindle.tools.sim.SimConfig;
import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.hyperliquid.source.SyntheticSource;

/**
 * Everything a {@link HyperliquidSimulator} needs; build with {@link #builder()}. Immutable.
 * <p>
 * Exactly one source: {@link Builder#recording(List)} (Hyperliquid archive lines or hftbacktest captures, told
 * apart per file) or {@link Builder#synthetic(List, double, long, int)}.
 */
public final class HyperliquidSimConfig extends SimConfig
{
    /** Where frames come from. */
    public enum SourceKind
    {
        /** Recorded frames: Hyperliquid archive files and/or hftbacktest captures. */
        RECORDING,
        /** A random-walk market per coin. */
        SYNTHETIC
    }

    private final SourceKind sourceKind;
    private final List<String> syntheticCoins;
    private final Duration idleTimeout;
    private final int replayTrades;

    private HyperliquidSimConfig(final Builder b)
    {
        super(b);
        this.sourceKind = b.sourceKind;
        this.syntheticCoins = b.syntheticCoins;
        this.idleTimeout = b.idleTimeout;
        this.replayTrades = b.replayTrades;
    }

    /** @return a builder with Hyperliquid's defaults (loopback, ephemeral ports, real speed, 60 s idle close). */
    public static Builder builder()
    {
        return new Builder();
    }

    /** @return the kind of source. */
    public SourceKind sourceKind()
    {
        return sourceKind;
    }

    /** @return synthetic coins. */
    public List<String> syntheticCoins()
    {
        return syntheticCoins;
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

    /** Collects the settings; {@link #build()} checks them. Not thread safe. */
    public static final class Builder extends SimConfig.Builder<Builder>
    {
        private SourceKind sourceKind;
        private List<String> syntheticCoins = List.of();
        private Duration idleTimeout = Duration.ofSeconds(60);
        private int replayTrades = 30;

        private Builder()
        {
            super(2, 20);
        }

        @Override
        protected Builder self()
        {
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
            checkSpeedAndPorts();
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
    }
}
