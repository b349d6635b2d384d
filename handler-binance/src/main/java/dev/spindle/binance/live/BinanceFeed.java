package dev.spindle.binance.live;


import org.agrona.concurrent.NanoClock;

import dev.spindle.binance.codec.BookTicker;
import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.Reply;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.codec.Trade;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.engine.FeedHandler;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.InstrumentBooks;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.metrics.LatencyRecorder;
import dev.spindle.engine.metrics.LatencyStage;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * The engine side of the Binance live handler, polled by the {@link dev.spindle.engine.Engine} thread. Each poll
 * drains received frames from the reader threads (decode, route to the symbol's {@link dev.spindle.binance.sync
 * .DepthSync}, bookTicker check, trades), applies snapshots decoded by the REST thread, asks the REST thread for the
 * snapshots the syncs need, and publishes each changed symbol's top of book. It records the latency stages
 * receive→dequeue, decode, apply and receive→applied, and counts everything in the handler's and each symbol's
 * counter set ({@code binance}, {@code binance:BTCUSDT}).
 * <p>
 * Threading: {@link FeedHandler} methods on the engine thread only; they never block, lock, do I/O or allocate in
 * steady state. {@link #readTop}, {@link #copyBook} and {@link #takeRecvToApplied} are for other threads, as
 * documented on each. Made by {@link BinanceLive}.
 */
public final class BinanceFeed extends InstrumentBooks implements FeedHandler
{
    private static final int FRAME_BATCH = 256;
    private static final int RESPONSE_BATCH = 4;
    private static final long HOUSEKEEPING_INTERVAL_NS = 100_000_000L;

    private final SymbolTable symbols;
    private final SymbolFeed[] feeds;
    private final FrameDecoder decoder;
    private final PooledChannel<InboundFrame> inbound;
    private final PooledChannel<SnapshotRequest> requests;
    private final PooledChannel<SnapshotResponse> responses;
    private final EventProducer log;
    private final Counters counters;
    private final LatencyRecorder latency;
    private final NanoClock clock;
    private final FrameTap.Producer ledger;
    private final MessageHandler<InboundFrame> frameHandler = this::onFrame;
    private final MessageHandler<SnapshotResponse> responseHandler = this::onResponse;
    private long stepNs;
    private long nextHousekeepingNs;
    private SymbolFeed current;

    BinanceFeed(
        final String name,
        final SymbolTable symbols,
        final SymbolFeed[] feeds,
        final FrameDecoder decoder,
        final PooledChannel<InboundFrame> inbound,
        final PooledChannel<SnapshotRequest> requests,
        final PooledChannel<SnapshotResponse> responses,
        final EventProducer log,
        final Counters counters,
        final LatencyRecorder latency,
        final NanoClock clock,
        final FrameTap.Producer ledger)
    {
        super(name, feeds);
        this.symbols = symbols;
        this.feeds = feeds;
        this.decoder = decoder;
        this.inbound = inbound;
        this.requests = requests;
        this.responses = responses;
        this.log = log;
        this.counters = counters;
        this.latency = latency;
        this.clock = clock;
        this.ledger = ledger;
    }

    @Override
    public void onStart()
    {
        log.emit(EventCode.STARTED, "symbols", feeds.length);
        for (final SymbolFeed feed : feeds)
        {
            feed.publish();
        }
    }

    @Override
    public int poll(final long nowNs)
    {
        stepNs = nowNs;
        int work = inbound.drain(frameHandler, FRAME_BATCH);
        work += responses.drain(responseHandler, RESPONSE_BATCH);
        work += requestSnapshots();
        if (work > 0)
        {
            publishChanged();
        }
        if (serveCopies())
        {
            work++;
        }
        if (nowNs - nextHousekeepingNs >= 0)
        {
            counters.set(Counter.INBOUND_DROPS, inbound.drops());
            nextHousekeepingNs = nowNs + HOUSEKEEPING_INTERVAL_NS;
        }
        return work;
    }

    @Override
    public void onError(final Throwable error)
    {
        // The engine logged and counted it. A half-applied frame may have left the book wrong: rebuild it.
        final SymbolFeed feed = current;
        current = null;
        if (null != feed)
        {
            log.claim(feed.source, EventCode.RESYNC).append("after handler error").commit();
            feed.markStale(0);
        }
    }

    @Override
    public void onClose()
    {
        stepNs = clock.nanoTime();
        while (inbound.drain(frameHandler, FRAME_BATCH) > 0)
        {
            stepNs = clock.nanoTime();
        }
        responses.drain(responseHandler, Integer.MAX_VALUE);
        counters.set(Counter.INBOUND_DROPS, inbound.drops());
        for (final SymbolFeed feed : feeds)
        {
            feed.finish();
            feed.publish();
            feed.sync.close();
        }
        serveCopies();
        ledger.close();
    }

    @Override
    public boolean copyBook(final String symbol, final BookCopy into, final long timeoutMs)
    {
        final int index = symbols.indexOf(symbol);
        if (index == SymbolTable.NOT_FOUND)
        {
            throw new IllegalArgumentException("no symbol '" + symbol + "' in this feed");
        }
        return copyBookAt(index, into, timeoutMs);
    }

    /**
     * The symbol's bookTicker verification. Its counts are plain engine-thread fields: read them after the engine
     * stopped (or accept approximate values while it runs); mismatches are also in the symbol's counters.
     *
     * @param index symbol index.
     * @return the check, or null when bookTicker is not subscribed.
     */
    public BookTickerCheck tickerCheck(final int index)
    {
        return feeds[index].check();
    }

    private void onFrame(final InboundFrame frame)
    {
        if (frame.kind == InboundFrame.STALE)
        {
            for (final SymbolFeed feed : feeds)
            {
                feed.markStale(frame.recvEpochNs);
            }
            return;
        }
        final long startNs = stepNs;
        latency.record(LatencyStage.RECV_TO_DEQUEUE, startNs - frame.recvNs);
        counters.increment(Counter.MESSAGES);
        counters.add(Counter.BYTES, frame.length);
        final FrameType type;
        try
        {
            type = decoder.decode(frame.bytes, 0, frame.length);
        }
        catch (final DecodeException ex)
        {
            counters.increment(Counter.DECODE_ERRORS);
            log.claim(EventCode.ERROR).append("undecodable frame: ").append(ex.getMessage())
                .arg("connection", frame.connectionId).commit();
            stepNs = clock.nanoTime();
            return;
        }
        final long decodedNs = clock.nanoTime();
        latency.record(LatencyStage.DECODE, decodedNs - startNs);
        long endNs = decodedNs;
        switch (type)
        {
            case DEPTH:
            {
                final DepthUpdate diff = decoder.depthUpdate();
                final SymbolFeed feed = feeds[diff.symbolIndex()];
                current = feed;
                if (feed.onDiff(diff, frame.recvEpochNs))
                {
                    endNs = clock.nanoTime();
                    latency.record(LatencyStage.APPLY, endNs - decodedNs);
                    latency.record(LatencyStage.RECV_TO_APPLIED, endNs - frame.recvNs);
                    feed.recordRecvToApplied(endNs - frame.recvNs);
                }
                break;
            }
            case BOOK_TICKER:
            {
                final BookTicker ticker = decoder.bookTicker();
                current = feeds[ticker.symbolIndex()];
                current.onBookTicker(ticker);
                break;
            }
            case TRADE:
            {
                final Trade trade = decoder.trade();
                current = feeds[trade.symbolIndex()];
                current.onTrade(trade);
                break;
            }
            case RESULT:
                onReply(decoder.reply());
                break;
            case SERVER_SHUTDOWN:
                log.claim(EventCode.INFO).append("serverShutdown notice: the connection is being replaced").commit();
                break;
            default:
                break;
        }
        current = null;
        stepNs = endNs;
    }

    private void onReply(final Reply reply)
    {
        if (reply.isError())
        {
            log.claim(EventCode.WARNING).append("error reply: ").append(reply.toString()).commit();
        }
    }

    private void onResponse(final SnapshotResponse response)
    {
        final SymbolFeed feed = feeds[response.symbolIndex];
        current = feed;
        feed.onSnapshot(response);
        current = null;
    }

    private int requestSnapshots()
    {
        int requested = 0;
        for (final SymbolFeed feed : feeds)
        {
            if (feed.wantsSnapshot())
            {
                final SnapshotRequest request = requests.claim();
                if (null == request)
                {
                    break;
                }
                request.symbolIndex = feed.index;
                requests.publish(request);
                feed.snapshotInFlight = true;
                requested++;
            }
        }
        return requested;
    }

    private void publishChanged()
    {
        for (final SymbolFeed feed : feeds)
        {
            if (feed.dirty)
            {
                feed.publish();
            }
        }
    }
}
