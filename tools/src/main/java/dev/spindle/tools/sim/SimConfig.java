package dev.spindle.tools.sim;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import dev.spindle.tools.sim.fault.FaultSpec;

/**
 * The settings every venue simulator has: where it listens, how fast it plays its source, the synthetic market's
 * shape, the clock, the scheduled faults and the warnings sink. Each venue's config extends it with its own source
 * kinds and protocol settings. Immutable.
 */
public abstract class SimConfig
{
    private final String host;
    private final int wsPort;
    private final int restPort;
    private final List<Path> recordingFiles;
    private final double syntheticRate;
    private final long syntheticSeed;
    private final int syntheticLevels;
    private final double speed;
    private final boolean awaitFirstSubscriber;
    private final LongSupplier clockMs;
    private final List<FaultSpec> faults;
    private final Consumer<String> warnings;

    /**
     * @param b the builder whose common settings are copied; the venue's {@code build()} has checked them.
     */
    protected SimConfig(final Builder<?> b)
    {
        this.host = b.host;
        this.wsPort = b.wsPort;
        this.restPort = b.restPort;
        this.recordingFiles = b.recordingFiles;
        this.syntheticRate = b.syntheticRate;
        this.syntheticSeed = b.syntheticSeed;
        this.syntheticLevels = b.syntheticLevels;
        this.speed = b.speed;
        this.awaitFirstSubscriber = b.awaitFirstSubscriber;
        this.clockMs = b.clockMs;
        this.faults = b.faults;
        this.warnings = b.warnings;
    }

    /** @return bind host of both servers. */
    public String host()
    {
        return host;
    }

    /** @return {@link #host()} as written in a URL: an IPv6 literal in brackets. */
    public String urlHost()
    {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
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

    /** @return recorded files, read as one recording (the venue says in what order). */
    public List<Path> recordingFiles()
    {
        return recordingFiles;
    }

    /** @return synthetic frames (book pushes) per second per symbol. */
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

    /** @return the epoch-ms clock (synthetic and system event times, plus whatever the venue times with it). */
    public LongSupplier clockMs()
    {
        return clockMs;
    }

    /** @return scheduled faults ({@code --fault}). */
    public List<FaultSpec> faults()
    {
        return faults;
    }

    /** @return where non-fatal problems (recording gaps, skipped lines, sender errors) are reported. */
    public Consumer<String> warnings()
    {
        return warnings;
    }

    /**
     * Collects the common settings; the venue's builder adds its own and checks everything in {@code build()}.
     * Not thread safe.
     *
     * @param <B> the venue's builder, returned by every setter so calls chain.
     */
    public abstract static class Builder<B extends Builder<B>>
    {
        /** Bind host. */
        protected String host = "127.0.0.1";
        /** WebSocket port, 0 = ephemeral. */
        protected int wsPort;
        /** REST port, 0 = ephemeral. */
        protected int restPort;
        /** Recorded files; set by the venue's {@code recording(...)}. */
        protected List<Path> recordingFiles = List.of();
        /** Synthetic frames per second per symbol; set by the venue's {@code synthetic(...)}. */
        protected double syntheticRate;
        /** Synthetic random seed. */
        protected long syntheticSeed = 1;
        /** Synthetic levels per side. */
        protected int syntheticLevels;
        /** Source-time speed factor. */
        protected double speed = 1.0;
        /** Hold the source until the first subscription. */
        protected boolean awaitFirstSubscriber;
        /** Epoch-ms clock. */
        protected LongSupplier clockMs = System::currentTimeMillis;
        /** Scheduled faults. */
        protected List<FaultSpec> faults = List.of();
        /** Warnings sink. */
        protected Consumer<String> warnings = w -> System.err.println("WARN " + w);

        /**
         * @param syntheticRate   the venue's default synthetic frames per second per symbol.
         * @param syntheticLevels the venue's default synthetic levels per side.
         */
        protected Builder(final double syntheticRate, final int syntheticLevels)
        {
            this.syntheticRate = syntheticRate;
            this.syntheticLevels = syntheticLevels;
        }

        /** @return this builder as the venue's type. */
        protected abstract B self();

        /** @param host bind host, default {@code 127.0.0.1}. @return this. */
        public B host(final String host)
        {
            this.host = Objects.requireNonNull(host, "host");
            return self();
        }

        /** @param port WebSocket port, 0 (default) = ephemeral. @return this. */
        public B wsPort(final int port)
        {
            this.wsPort = port;
            return self();
        }

        /** @param port REST port, 0 (default) = ephemeral. @return this. */
        public B restPort(final int port)
        {
            this.restPort = port;
            return self();
        }

        /** @param speed source-time speed factor (&gt; 0), default 1. @return this. */
        public B speed(final double speed)
        {
            this.speed = speed;
            return self();
        }

        /** Serve the source as fast as the sockets take it. @return this. */
        public B maxSpeed()
        {
            this.speed = Double.POSITIVE_INFINITY;
            return self();
        }

        /** @param await hold the source until a client has subscribed to something. @return this. */
        public B awaitFirstSubscriber(final boolean await)
        {
            this.awaitFirstSubscriber = await;
            return self();
        }

        /** @param clock epoch-ms clock (default {@link System#currentTimeMillis()}). @return this. */
        public B clockMs(final LongSupplier clock)
        {
            this.clockMs = Objects.requireNonNull(clock, "clockMs");
            return self();
        }

        /**
         * @param specs scheduled faults (default none), e.g. from {@link FaultSpec#parseAll(List)}; the venue's
         *              {@code build()} rejects faults it cannot inject.
         * @return this.
         */
        public B faults(final List<FaultSpec> specs)
        {
            this.faults = List.copyOf(specs);
            return self();
        }

        /** @param sink receives one line per warning (default stderr). @return this. */
        public B warnings(final Consumer<String> sink)
        {
            this.warnings = Objects.requireNonNull(sink, "warnings");
            return self();
        }

        /**
         * Checks the settings every venue shares: a positive speed and ports in range.
         *
         * @throws IllegalArgumentException naming the first bad setting.
         */
        protected final void checkSpeedAndPorts()
        {
            if (!(speed > 0))
            {
                throw new IllegalArgumentException("speed must be positive, got " + speed);
            }
            requirePort("wsPort", wsPort);
            requirePort("restPort", restPort);
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
