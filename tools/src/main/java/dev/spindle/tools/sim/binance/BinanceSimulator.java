package dev.spindle.tools.sim.binance;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;

import dev.spindle.tools.sim.AbstractSimulator;
import dev.spindle.tools.sim.SimControl;
import dev.spindle.tools.sim.binance.book.BookView;
import dev.spindle.tools.sim.binance.book.SimBook;
import dev.spindle.tools.sim.binance.rest.RestServer;
import dev.spindle.tools.sim.binance.rest.WeightLimiter;
import dev.spindle.tools.sim.binance.source.FrameSource;
import dev.spindle.tools.sim.binance.source.RecordedSource;
import dev.spindle.tools.sim.binance.source.StreamNames;
import dev.spindle.tools.sim.binance.source.SyntheticSource;
import dev.spindle.tools.sim.binance.ws.ConnectionKeeper;
import dev.spindle.tools.sim.binance.ws.SimWebSocketServer;
import dev.spindle.tools.sim.fault.FaultInjector;

/**
 * A Binance spot venue on loopback: market-data WebSocket streams ({@code /ws/<stream>},
 * {@code /stream?streams=}) and REST {@code /api/v3/depth}, fed by a recording or a synthetic market.
 * <pre>{@code
 * try (BinanceSimulator sim = BinanceSimulator.start(BinanceSimConfig.builder()
 *         .recording(List.of(day1, day2)).maxSpeed().awaitFirstSubscriber(true).build()))
 * {
 *     connect(sim.wsUrl() + "/stream?streams=ethusdt@depth@100ms");
 *     fetch(sim.restUrl() + "/api/v3/depth?symbol=ETHUSDT&limit=1000");
 *     BookView truth = sim.bookAt("ETHUSDT", clientBook.lastUpdateId());
 * }
 * }</pre>
 * Threads: one sender thread ({@code sim-binance-sender}), Java-WebSocket's selector and decoder threads, the
 * JDK HTTP server's dispatcher and two {@code sim-binance-rest-N} workers. All are stopped by {@link #close()}.
 * <p>
 * The fault hooks are thread safe. Those that act on connections or the stream run on the sender thread,
 * between two frames, and return once done (at most a few seconds).
 */
public final class BinanceSimulator extends AbstractSimulator
{
    private final BinanceSimConfig config;
    private final FrameSource source;
    private final SimCounters counters = new SimCounters();
    private final SimWebSocketServer wsServer;
    private final RestServer restServer;
    private final Sender sender;
    private final String wsUrl;
    private final String restUrl;

    private BinanceSimulator(final BinanceSimConfig config)
    {
        this.config = config;
        final FaultInjector faults = new FaultInjector("binance", config.faults(), fault -> true);
        this.source = loadSource(config);
        final Set<String> extraStreams = source.knownStreams();
        wsServer = new SimWebSocketServer(new InetSocketAddress(config.host(), config.wsPort()),
            stream -> StreamNames.isStandard(stream) || extraStreams.contains(stream), counters);
        this.restServer = SimControl.startServers(wsServer, config, () -> new RestServer(
            new InetSocketAddress(config.host(), config.restPort()), source.books(),
            new WeightLimiter(config.restWeightLimit()), counters, config.clockMs()));
        this.wsUrl = "ws://" + config.urlHost() + ":" + wsServer.getPort();
        this.restUrl = "http://" + config.urlHost() + ":" + restServer.port();
        final ConnectionKeeper keeper = new ConnectionKeeper(wsServer.connections(), counters,
            config.pingInterval().toNanos(), config.pongTimeout().toNanos(), config.maxConnectionLifetime().toNanos());
        this.sender = new Sender(source, wsServer, keeper, counters, config, faults, new Target());
        startSending(sender, wsServer, faults, restServer::close);
    }

    /**
     * Load the source, bind both servers and start sending.
     *
     * @param config the configuration.
     * @return the running simulator; close it.
     * @throws dev.spindle.capture.format.RecordingException on a malformed recording (file and line named).
     * @throws IllegalArgumentException if the source has nothing to serve.
     * @throws UncheckedIOException if a recording cannot be read or a port cannot be bound.
     */
    public static BinanceSimulator start(final BinanceSimConfig config)
    {
        return new BinanceSimulator(config);
    }

    private static FrameSource loadSource(final BinanceSimConfig config)
    {
        return switch (config.sourceKind())
        {
            case HFTBACKTEST -> RecordedSource.hftbacktest(
                config.recordingFiles(), config.bookHistoryEvents(), config.warnings());
            case CRYPTOFEED -> RecordedSource.cryptofeed(
                config.cryptofeedFolder(), config.exchange(), config.bookHistoryEvents(), config.warnings());
            case SYNTHETIC -> new SyntheticSource(config.syntheticSymbols(), config.syntheticRate(),
                config.syntheticSeed(), config.syntheticLevels(), config.bookHistoryEvents(), config.clockMs());
        };
    }

    /** @return {@code ws://host:port}; append {@code /ws/<stream>} or {@code /stream?streams=...}. */
    public String wsUrl()
    {
        return wsUrl;
    }

    /** @return {@code http://host:port}; append {@code /api/v3/depth?symbol=...}. */
    public String restUrl()
    {
        return restUrl;
    }

    /** @return the configuration it runs with. */
    public BinanceSimConfig config()
    {
        return config;
    }

    /** @return a one-line description of the source. */
    public String describeSource()
    {
        return source.describe();
    }

    /** @return upper-case symbols with a book (those REST answers for). */
    public Set<String> symbols()
    {
        return source.books().keySet();
    }

    /** @return live counters. */
    public SimCounters counters()
    {
        return counters;
    }

    /**
     * @param symbol symbol, any case.
     * @return a copy of the book now: {@code lastUpdateId} is the {@code u} of the last depth event sent.
     * @throws IllegalArgumentException for a symbol without a book.
     */
    public BookView bookAt(final String symbol)
    {
        return book(symbol).view(Integer.MAX_VALUE);
    }

    /**
     * The book as it was right after the depth event whose {@code u == updateId} (or at the initial snapshot),
     * so a client book frozen at any recent update id can be compared level by level.
     *
     * @param symbol   symbol, any case.
     * @param updateId the snapshot id or the {@code u} of one of the last {@code bookHistoryEvents} events.
     * @return the full book at that id.
     * @throws IllegalArgumentException for an unknown symbol or an id that is not a recent event boundary.
     */
    public BookView bookAt(final String symbol, final long updateId)
    {
        return book(symbol).viewAt(updateId);
    }

    private SimBook book(final String symbol)
    {
        final SimBook book = source.books().get(symbol.toUpperCase(Locale.ROOT));
        if (book == null)
        {
            throw new IllegalArgumentException("no book for symbol '" + symbol + "'; known: " + symbols());
        }
        return book;
    }

    /**
     * Withhold the next {@code count} depth events of {@code symbol} from every client (a gap in their chain);
     * the simulator's book still applies them, as the venue's would.
     *
     * @param symbol symbol, any case.
     * @param count  events to drop.
     */
    public void dropNextDepth(final String symbol, final int count)
    {
        sender.requestDrop(book(symbol).symbol(), count);
    }

    /** Withhold the next depth event of {@code symbol}; see {@link #dropNextDepth(String, int)}. */
    public void dropNextDepth(final String symbol)
    {
        dropNextDepth(symbol, 1);
    }

    /**
     * Send {@code serverShutdown} to every connection now ({@code {"e":"serverShutdown","E":..}}, wrapped as
     * stream {@code !serverShutdown} on combined connections) and close them after the configured grace.
     * Connections opened afterwards are not affected.
     */
    public void serverShutdown()
    {
        control().run(sender::serverShutdown);
    }

    /**
     * Fail the next REST request (queued: n calls fail the next n requests).
     *
     * @param status            HTTP status, e.g. 500, 503, 429, 418.
     * @param retryAfterSeconds {@code Retry-After} header value; 0 omits it.
     */
    public void failNextRest(final int status, final int retryAfterSeconds)
    {
        restServer.failNext(status, retryAfterSeconds);
    }

    /** The shutdown and REST faults, run on the sender thread. */
    private final class Target extends VenueFaultTarget
    {
        @Override
        public void serverShutdown(final long nowNs)
        {
            sender.serverShutdown(nowNs);
        }

        @Override
        public void failNextRest(final int status, final int retryAfterSeconds)
        {
            restServer.failNext(status, retryAfterSeconds);
        }

        @Override
        public void staleNextSnapshot(final int events)
        {
            restServer.staleNext(events);
        }
    }
}
