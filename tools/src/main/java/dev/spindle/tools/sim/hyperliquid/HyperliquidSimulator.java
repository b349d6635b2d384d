package dev.spindle.tools.sim.hyperliquid;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Set;

import dev.spindle.tools.sim.AbstractSimulator;
import dev.spindle.tools.sim.SimControl;
import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.SimMarket;
import dev.spindle.tools.sim.hyperliquid.rest.InfoServer;
import dev.spindle.tools.sim.hyperliquid.source.RecordedSource;
import dev.spindle.tools.sim.hyperliquid.source.SimSource;
import dev.spindle.tools.sim.hyperliquid.source.SyntheticSource;
import dev.spindle.tools.sim.hyperliquid.ws.SimWebSocketServer;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultInjector;

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
 * once done. {@link #inject} refuses the faults Hyperliquid has no equivalent of ({@code shutdown},
 * {@code stale-snapshot}).
 */
public final class HyperliquidSimulator extends AbstractSimulator
{
    private final HyperliquidSimConfig config;
    private final SimSource source;
    private final SimMarket market;
    private final SimCounters counters = new SimCounters();
    private final SimWebSocketServer wsServer;
    private final InfoServer infoServer;
    private final String wsUrl;
    private final String restUrl;

    private HyperliquidSimulator(final HyperliquidSimConfig config)
    {
        this.config = config;
        final FaultInjector faults = new FaultInjector("hyperliquid", config.faults(), Fault::onHyperliquid);
        this.source = config.sourceKind() == HyperliquidSimConfig.SourceKind.RECORDING ?
            RecordedSource.load(config.recordingFiles(), config.warnings()) :
            new SyntheticSource(config.syntheticCoins(), config.syntheticLevels(), config.syntheticRate(),
                config.syntheticSeed(), config.replayTrades(), config.clockMs());
        this.market = new SimMarket(source.coins(), config.replayTrades());
        wsServer = new SimWebSocketServer(new InetSocketAddress(config.host(), config.wsPort()), market, counters);
        this.infoServer = SimControl.startServers(wsServer, config,
            () -> new InfoServer(new InetSocketAddress(config.host(), config.restPort()), market, counters));
        this.wsUrl = "ws://" + config.urlHost() + ":" + wsServer.getPort() + "/ws";
        this.restUrl = "http://" + config.urlHost() + ":" + infoServer.port();
        final Sender sender = new Sender(source, wsServer, market, counters, config, faults, new Target());
        startSending(sender, wsServer, faults, infoServer::close);
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

    /** Send {@code text} as a text frame to every connection between two published frames (e.g. a malformed frame). */
    public void sendToAll(final String text)
    {
        control().run(nowNs -> wsServer.sendToAll(text));
    }

    /** The REST fault, and the two faults Hyperliquid has no equivalent of; run on the sender thread. */
    private final class Target extends VenueFaultTarget
    {
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
