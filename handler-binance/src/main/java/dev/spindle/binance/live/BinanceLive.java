package dev.spindle.binance.live;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.MetricsRegistry;
import dev.spindle.spsc.PooledChannel;

/**
 * The Binance spot live handler: one combined-stream WebSocket connection for every symbol and stream, a REST
 * snapshot thread, and the engine-side {@link BinanceFeed} that keeps one exact book per symbol.
 * <pre>{@code
 * BinanceLive live = BinanceLive.create(config, engineConfig, tap);  // wires everything, starts nothing
 * Engine engine = Engine.start(engineConfig, live.feed());          // the feed runs on the engine thread
 * live.start();                                                     // REST thread, then the connection thread
 * ...
 * live.close();                                                     // stop reading, stop the REST thread
 * engine.close();                                                   // drains what was received, closes books
 * }</pre>
 * Threads: {@code binance-ws} (connections, staleness, rollover), nv-websocket-client's reading and writing thread
 * per connection ({@code binance-ws-N-reading_thread}, ...), {@code binance-rest} (snapshots). They hand work to the
 * engine through SPSC channels of preallocated slots: frames (readers → engine, serialised by the
 * {@link FrameGate}), snapshot requests (engine → REST) and decoded snapshots (REST → engine).
 * <p>
 * Log sources and counter sets: {@code binance} (engine side), {@code binance:<SYMBOL>} (per book),
 * {@code binance:ws} (connections: reconnects, capture drops), {@code binance:rest} (snapshot failures).
 */
public final class BinanceLive implements AutoCloseable
{
    /** Levels per side a book holds beyond the snapshot depth before it has to grow. */
    private static final int BOOK_HEADROOM_LEVELS = 1024;
    private static final int DECODER_LEVELS = 256;
    private static final int PRICE_SCALE = 8;
    private static final int QTY_SCALE = 8;
    private static final int MIN_REQUEST_SLOTS = 16;
    private static final int MAX_RESPONSE_SLOTS = 8;

    private final BinanceLiveConfig config;
    private final BinanceFeed feed;
    private final FrameGate gate;
    private final PooledChannel<SnapshotRequest> requests;
    private final PooledChannel<SnapshotResponse> responses;
    private final FrameTap.Producer readerTap;
    private final SnapshotFetcher fetcher;
    private final WsSupervisor supervisor;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private BinanceLive(final BinanceLiveConfig config, final EngineConfig engine, final FrameTap tap)
    {
        this.config = config;
        final String name = config.name();
        final EventLog eventLog = engine.eventLog();
        final MetricsRegistry metrics = engine.metrics();
        if (null == eventLog || null == metrics)
        {
            throw new IllegalArgumentException("engine config needs an event log and a metrics registry");
        }
        final SymbolTable symbols = new SymbolTable();
        for (final String symbol : config.symbols())
        {
            symbols.add(new Instrument(symbol, PRICE_SCALE, QTY_SCALE));
        }
        final int count = symbols.size();
        final PooledChannel<InboundFrame> inbound = config.connection().newInboundChannel();
        requests = new PooledChannel<>(Math.max(MIN_REQUEST_SLOTS, 2 * count), SnapshotRequest::new);
        responses = new PooledChannel<>(
            Math.max(2, Math.min(MAX_RESPONSE_SLOTS, count)), () -> new SnapshotResponse(config.depthLimit()));

        final boolean tickers = config.streams().contains(BinanceStream.BOOK_TICKER);
        final FrameTap.Producer engineTap = tap.newProducer(name + "-engine");
        final SymbolFeed[] feeds = new SymbolFeed[count];
        final EventProducer engineLog = eventLog.newProducer(name, EngineConfig.DEFAULT_LOG_CAPACITY, engine.cycleClock());
        for (int i = 0; i < count; i++)
        {
            final Instrument instrument = symbols.instrument(i);
            final String source = name + ":" + instrument.symbol();
            feeds[i] = new SymbolFeed(i, source, instrument, config.depthLimit() + BOOK_HEADROOM_LEVELS, tickers,
                metrics.counters(source), engineLog, engineTap);
        }
        feed = new BinanceFeed(name, symbols, feeds, new FrameDecoder(symbols, DECODER_LEVELS), inbound, requests,
            responses, engineLog, metrics.counters(name), metrics.latency(name), config.connection().nanoClock(),
            engineTap);

        readerTap = tap.newProducer(name + "-ws-readers");
        gate = new FrameGate(inbound, readerTap, count, config.streams());
        fetcher = new SnapshotFetcher(config, symbols, requests, responses, tap,
            eventLog.newProducer(name + ":rest"), metrics.counters(name + ":rest"));
        supervisor = new WsSupervisor(config, symbols, gate, eventLog.newProducer(name + ":ws"),
            metrics.counters(name + ":ws"), tap.newProducer(name + "-ws"));
    }

    /**
     * Wire the handler: symbols, channels, the engine-side feed, the REST and connection threads (not started).
     * Allocates everything the steady state needs.
     *
     * @param config handler settings.
     * @param engine the configuration of the engine that will poll {@link #feed()}: its event log, metrics registry
     *               and cycle clock are used.
     * @param tap    receives raw frames, snapshot bodies and ledger events ({@link FrameTap#NONE} for none).
     * @return the handler.
     */
    public static BinanceLive create(final BinanceLiveConfig config, final EngineConfig engine, final FrameTap tap)
    {
        return new BinanceLive(config, engine, tap);
    }

    /** @return the handler's settings. */
    public BinanceLiveConfig config()
    {
        return config;
    }

    /** @return the engine side, to pass to {@link dev.spindle.engine.Engine#start}. */
    public BinanceFeed feed()
    {
        return feed;
    }

    /** Start the REST snapshot thread and the connection thread. Call once, after the engine started. */
    public void start()
    {
        if (!started.compareAndSet(false, true))
        {
            throw new IllegalStateException("already started");
        }
        fetcher.start();
        supervisor.start();
    }

    /** @return the gate every received frame passes; for tests that play the reader thread. */
    FrameGate gate()
    {
        return gate;
    }

    /** @return snapshot requests from the engine; for tests that play the REST thread. */
    PooledChannel<SnapshotRequest> snapshotRequests()
    {
        return requests;
    }

    /** @return decoded snapshots to the engine; for tests that play the REST thread. */
    PooledChannel<SnapshotResponse> snapshotResponses()
    {
        return responses;
    }

    /** @return REST requests sent so far. Any thread. */
    public long restRequests()
    {
        return fetcher.requestsSent();
    }

    /** @return frames dropped by the gate because another connection had delivered them already. Any thread. */
    public long duplicateFrames()
    {
        return gate.duplicates();
    }

    /** @return frames let through although older than one already received (swapped by the venue). */
    public long lateFrames()
    {
        return gate.lateFrames();
    }

    /**
     * Stop reading (the gate refuses further frames; connections are closed and their threads joined), then stop
     * the REST thread. The engine is not touched: close it afterwards so that it drains what was received.
     * Idempotent.
     */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        supervisor.close();
        fetcher.close();
        readerTap.close();
    }
}
