package dev.spindle.hyperliquid.live;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.MetricsRegistry;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;
import dev.spindle.spsc.PooledChannel;

/**
 * The Hyperliquid live handler: one WebSocket connection carrying {@code l2Book} and {@code trades} for every
 * coin, and the engine-side {@link HyperliquidFeed} that keeps one exact book per coin.
 * <pre>{@code
 * HyperliquidLive live = HyperliquidLive.create(config, engineConfig, tap); // wires everything, starts nothing
 * Engine engine = Engine.start(engineConfig, live.feed());                 // the feed runs on the engine thread
 * live.start();                                                            // the connection thread
 * ...
 * live.close();                                                            // stop reading
 * engine.close();                                                          // drains what was received
 * }</pre>
 * Threads: {@code hyperliquid-ws} (connect, subscribe, ping, staleness, reconnect) and nv-websocket-client's
 * reading and writing thread per connection ({@code hyperliquid-ws-N-reading_thread}, ...). Frames reach the
 * engine through an SPSC channel of preallocated slots, stamped with their receive time on the reading thread.
 * <p>
 * Log sources and counter sets: {@code hyperliquid} (engine side), {@code hyperliquid:<COIN>} (per book),
 * {@code hyperliquid:ws} (connections: reconnects, capture and inbound drops).
 */
public final class HyperliquidLive implements AutoCloseable
{
    /** Levels a book holds before growing: twice the 20-level view, as the differ needs. */
    private static final int BOOK_LEVELS = 64;
    private static final int DECODER_LEVELS = 64;
    private static final int DECODER_TRADES = 64;

    private final HyperliquidLiveConfig config;
    private final HyperliquidFeed feed;
    private final HyperliquidTap.Producer readerTap;
    private final FramePipe pipe;
    private final WsSupervisor supervisor;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private HyperliquidLive(final HyperliquidLiveConfig config, final EngineConfig engine, final HyperliquidTap tap)
    {
        this.config = config;
        final String name = config.name();
        final EventLog eventLog = engine.eventLog();
        final MetricsRegistry metrics = engine.metrics();
        if (null == eventLog || null == metrics)
        {
            throw new IllegalArgumentException("engine config needs an event log and a metrics registry");
        }
        final CoinTable engineCoins = new CoinTable();
        final CoinTable readerCoins = new CoinTable();
        for (final String coin : config.coins())
        {
            engineCoins.add(coin);
            readerCoins.add(coin);
        }
        final PooledChannel<InboundFrame> inbound = config.connection().newInboundChannel();
        final EventProducer engineLog =
            eventLog.newProducer(name, EngineConfig.DEFAULT_LOG_CAPACITY, engine.cycleClock());
        final CoinFeed[] feeds = new CoinFeed[engineCoins.size()];
        for (int i = 0; i < feeds.length; i++)
        {
            final String source = name + ":" + engineCoins.coin(i);
            feeds[i] = new CoinFeed(i, source, engineCoins.instrument(i), BOOK_LEVELS,
                config.connection().staleMs() * 1_000_000L, metrics.counters(source), engineLog);
        }
        feed = new HyperliquidFeed(name, engineCoins, feeds,
            new FrameDecoder(engineCoins, DECODER_LEVELS, DECODER_TRADES),
            new TradeDeduplicator(feeds.length, TradeDeduplicator.DEFAULT_WINDOW_TRADES), inbound, engineLog,
            metrics.counters(name), metrics.latency(name), config.connection().nanoClock());
        readerTap = tap.newProducer(name + "-ws-reader");
        pipe = new FramePipe(inbound, readerTap);
        supervisor = new WsSupervisor(config, readerCoins, pipe, eventLog.newProducer(name + ":ws"),
            metrics.counters(name + ":ws"), tap.newProducer(name + "-ws"));
    }

    /**
     * Wire the handler: coins, the frame channel, the engine-side feed and the connection thread (not started).
     * Allocates everything the steady state needs.
     *
     * @param config handler settings.
     * @param engine the configuration of the engine that will poll {@link #feed()}: its event log, metrics registry
     *               and cycle clock are used.
     * @param tap    receives raw frames and reconnects ({@link HyperliquidTap#NONE} for none).
     * @return the handler.
     */
    public static HyperliquidLive create(
        final HyperliquidLiveConfig config, final EngineConfig engine, final HyperliquidTap tap)
    {
        return new HyperliquidLive(config, engine, tap);
    }

    /** @return the handler's settings. */
    public HyperliquidLiveConfig config()
    {
        return config;
    }

    /** @return the engine side, to pass to {@link dev.spindle.engine.Engine#start}. */
    public HyperliquidFeed feed()
    {
        return feed;
    }

    /** @return the pipe every received frame passes; for tests that play the reader thread. */
    FramePipe pipe()
    {
        return pipe;
    }

    /** @return {@code {"method":"ping"}} requests sent so far. Any thread. */
    public long pingsSent()
    {
        return supervisor.pingsSent();
    }

    /** Start the connection thread. Call once, after the engine started. */
    public void start()
    {
        if (!started.compareAndSet(false, true))
        {
            throw new IllegalStateException("already started");
        }
        supervisor.start();
    }

    /**
     * Stop reading (frames are refused from now on; the connection is closed and its threads joined). The engine
     * is not touched: close it afterwards so that it drains what was received. Idempotent.
     */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        supervisor.close();
        readerTap.close();
    }
}
