package dev.spindle.tools.sim.hyperliquid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.spindle.tools.sim.SimControl;
import dev.spindle.tools.sim.Simulator;
import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.SimMarket;
import dev.spindle.tools.sim.hyperliquid.rest.InfoServer;
import dev.spindle.tools.sim.hyperliquid.source.RecordedSource;
import dev.spindle.tools.sim.hyperliquid.source.SimSource;
import dev.spindle.tools.sim.hyperliquid.source.SyntheticSource;
import dev.spindle.tools.sim.hyperliquid.ws.SimWebSocketServer;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultInjector;
import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.fault.FaultTarget;

/**
 * A Hyperliquid venue on loopback: the market-data WebSocket ({@code /ws}: greeting, {@code l2Book} and
 * {@code trades} subscriptions, ping/pong, idle close) and {@code POST /info} for {@code l2Book}, fed by a
 * recording or a synthetic market.
 * <pre>{@code
 * try (HyperliquidSimulator sim = HyperliquidSimulator.start(HyperliquidSimConfig.builder()
 *         .recording(List.of(archiveFile)).maxSpeed().awaitFirstSubscriber(true).build()))
 * {
 *     connect(sim.wsUrl());   // {"method":"subscribe","subscription":{"type":"l2Book","coin":"BTC"}}
 *     post(sim.infoUrl(), "{\"type\":\"l2Book\",\"coin\":\"BTC\"}");
 *     BookView truth = sim.book("BTC");           // the book as last published: the oracle
 * }
 * }</pre>
 * Threads: one sender thread ({@code sim-hyperliquid-sender}), Java-WebSocket's selector and decoder threads,
 * the JDK HTTP server's dispatcher and two {@code sim-hyperliquid-rest-N} workers; all stopped by
 * {@link #close()}. The fault hooks are thread safe; they run on the sender thread between two frames and return
 * once done.
 */
public final class HyperliquidSimulator implements Simulator
{
    private final HyperliquidSimConfig config;
    private final SimSource source;
    private final SimMarket market;
    private final SimCounters counters = new SimCounters();
    private final SimWebSocketServer wsServer;
    private final InfoServer infoServer;
    private final FaultInjector faults;
    private final Sender sender;
    private final SimControl control;
    private final String wsUrl;
    private final String restUrl;

    private HyperliquidSimulator(final HyperliquidSimConfig config)
    {
        this.config = config;
        this.faults = new FaultInjector("hyperliquid", config.faults(), Fault::onHyperliquid);
        this.source = config.sourceKind() == HyperliquidSimConfig.SourceKind.RECORDING ?
            RecordedSource.load(config.recordingFiles(), config.warnings()) :
            new SyntheticSource(config.syntheticCoins(), config.syntheticLevels(), config.syntheticRate(),
                config.syntheticSeed(), config.replayTrades(), config.clockMs());
        this.market = new SimMarket(source.coins(), config.replayTrades());
        wsServer = new SimWebSocketServer(new InetSocketAddress(config.host(), config.wsPort()), market, counters);
        InfoServer info = null;
        try
        {
            wsServer.startAndAwait(SimControl.STOP_TIMEOUT_MS * 2L);
            info = new InfoServer(new InetSocketAddress(config.host(), config.restPort()), market, counters);
        }
        catch (final IOException | RuntimeException ex)
        {
            SimControl.stopWs(wsServer);
            if (ex instanceof IOException io)
            {
                throw new UncheckedIOException("REST server cannot listen on " + config.host() + ":" +
                    config.restPort() + ": " + io.getMessage(), io);
            }
            throw (RuntimeException)ex;
        }
        this.infoServer = info;
        final String host = config.host().indexOf(':') >= 0 && !config.host().startsWith("[") ?
            "[" + config.host() + "]" : config.host();
        this.wsUrl = "ws://" + host + ":" + wsServer.getPort() + "/ws";
        this.restUrl = "http://" + host + ":" + infoServer.port();
        this.sender = new Sender(source, wsServer, market, counters, config, faults, new Target());
        sender.start();
        this.control = new SimControl(sender, wsServer, faults, infoServer::close);
    }

    /**
     * Load the source, bind both servers and start publishing.
     *
     * @param config the configuration.
     * @return the running simulator; close it.
     * @throws dev.spindle.capture.format.RecordingException on a malformed recording (file and line named).
     * @throws IllegalArgumentException if the source has nothing to serve or a synthetic setting is invalid.
     * @throws UncheckedIOException if a recording cannot be read or a port cannot be bound.
     */
    public static HyperliquidSimulator start(final HyperliquidSimConfig config)
    {
        return new HyperliquidSimulator(config);
    }

    /** @return {@code ws://host:port/ws}, the WebSocket endpoint. */
    public String wsUrl()
    {
        return wsUrl;
    }

    /** @return {@code http://host:port}, the REST base. */
    public String restUrl()
    {
        return restUrl;
    }

    /** @return {@code http://host:port/info}, where {@code {"type":"l2Book","coin":..}} is posted. */
    public String infoUrl()
    {
        return restUrl + "/info";
    }

    /** @return the configuration it runs with. */
    public HyperliquidSimConfig config()
    {
        return config;
    }

    /** @return a one-line description of the source. */
    public String describeSource()
    {
        return source.describe();
    }

    /** @return the coins served, as written on the wire; subscribing to any other closes the connection. */
    public Set<String> coins()
    {
        return market.coins();
    }

    /** @return live counters. */
    public SimCounters counters()
    {
        return counters;
    }

    /**
     * The oracle: {@code coin}'s book as last published, i.e. the last {@code l2Book} frame sent (also what
     * {@code POST /info} returns). A client's book is never newer than this.
     *
     * @return a copy, or null if no book of the coin was published yet.
     * @throws IllegalArgumentException for a coin that is not served.
     */
    public BookView book(final String coin)
    {
        return market.book(coin);
    }

    /**
     * Wait until every frame of a recording has been published (a synthetic source never ends).
     *
     * @return true if the source is exhausted.
     * @throws InterruptedException if interrupted.
     */
    public boolean awaitSourceEnd(final Duration timeout) throws InterruptedException
    {
        return sender.awaitSourceEnd(timeout.toMillis());
    }

    /** Drop every client's TCP connection at once, without a close frame. */
    public void disconnectAll()
    {
        control.run(nowNs -> wsServer.abortAll());
    }

    /**
     * Close every client connection with a close frame.
     *
     * @param code   close code, e.g. 1001.
     * @param reason close reason.
     */
    public void closeAll(final int code, final String reason)
    {
        control.run(nowNs -> wsServer.closeAll(code, reason));
    }

    /**
     * Stop publishing for {@code durationMs}; frames that fall due meanwhile go out in a burst afterwards. The
     * connections stay open and requests are still answered.
     */
    public void stall(final long durationMs)
    {
        control.run(nowNs -> sender.stall(nowNs, TimeUnit.MILLISECONDS.toNanos(durationMs)));
    }

    /** Send {@code text} as a text frame to every connection between two published frames (e.g. a malformed frame). */
    public void sendToAll(final String text)
    {
        control.run(nowNs -> wsServer.sendToAll(text));
    }

    /**
     * Inject a fault (see {@link FaultSpec} for the syntax, e.g. {@code FaultSpec.parse("truncated")}). A connection
     * or REST fault without a trigger has happened when this returns; a frame fault without a trigger hits the next
     * {@code l2Book} frame (of any coin); one with a trigger is scheduled as if given at the start.
     *
     * @param spec the fault.
     * @throws IllegalArgumentException for a fault Hyperliquid has no equivalent of ({@code shutdown},
     *                                  {@code stale-snapshot}).
     */
    public void inject(final FaultSpec spec)
    {
        control.inject(spec);
    }

    /** @return how many times {@code fault} was injected so far (by {@code --fault} or {@link #inject}). */
    public long injected(final Fault fault)
    {
        return control.injected(fault);
    }

    /**
     * Stop the sender, the WebSocket server (connections are closed with 1001) and the REST server, and wait for
     * their threads. Idempotent; bounded to a few seconds.
     */
    @Override
    public void close()
    {
        control.close();
    }

    /** The connection and REST faults, run on the sender thread. */
    private final class Target implements FaultTarget
    {
        @Override
        public void stall(final long nowNs, final long durationNs)
        {
            sender.stall(nowNs, durationNs);
        }

        @Override
        public void disconnectAll()
        {
            wsServer.abortAll();
        }

        @Override
        public void closeAll(final int code, final String reason)
        {
            wsServer.closeAll(code, reason);
        }

        @Override
        public void serverShutdown(final long nowNs)
        {
            throw new UnsupportedOperationException("Hyperliquid has no serverShutdown notice");
        }

        @Override
        public void failNextRest(final int status, final int retryAfterSeconds)
        {
            infoServer.failNext(status, retryAfterSeconds);
        }

        @Override
        public void staleNextSnapshot(final int events)
        {
            throw new UnsupportedOperationException("Hyperliquid's POST /info has no snapshot id to be stale against");
        }
    }
}
