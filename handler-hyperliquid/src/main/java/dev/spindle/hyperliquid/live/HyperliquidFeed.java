package dev.spindle.hyperliquid.live;


import org.agrona.concurrent.NanoClock;

import dev.spindle.engine.FeedHandler;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.engine.feed.InstrumentBooks;
import dev.spindle.engine.feed.LiveBooks;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.metrics.LatencyRecorder;
import dev.spindle.engine.metrics.LatencyStage;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.DecodeException;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.L2Snapshot;
import dev.spindle.hyperliquid.codec.SubscriptionResponse;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;
import dev.spindle.hyperliquid.codec.Trades;
import dev.spindle.spsc.MessageHandler;
import dev.spindle.spsc.PooledChannel;

/**
 * The engine side of the Hyperliquid live handler, polled by the {@link dev.spindle.engine.Engine} thread. Each
 * poll drains the frames received by the reader thread: decodes them, hands each l2Book to its coin's
 * {@link dev.spindle.hyperliquid.book.L2SnapshotDiffer} (the snapshot replaces the book and level diffs are
 * derived; identical snapshots and snapshots whose time does not increase are counted, not applied), judges trades
 * by {@code (coin, time, tid)} so the replay sent on every subscribe is not counted twice, and applies the
 * connection thread's in-band notices (stale: every book {@code STALE}; disconnected: every book
 * {@code RESYNCING} until the re-subscription's first l2Book). It records the latency stages receive→dequeue,
 * decode, apply and receive→applied, and counts everything in the handler's and each coin's counter set
 * ({@code hyperliquid}, {@code hyperliquid:BTC}). A malformed frame is counted ({@code decode_errors}) and logged
 * in one line; nothing of it is used.
 * <p>
 * Threading: {@link FeedHandler} methods on the engine thread only; they never block, lock, do I/O or allocate in
 * steady state. The {@link LiveBooks} methods are for other threads, as documented there. Made by
 * {@link HyperliquidLive}.
 */
public final class HyperliquidFeed extends InstrumentBooks implements FeedHandler
{
    private static final int FRAME_BATCH = 256;
    private static final long HOUSEKEEPING_INTERVAL_NS = 100_000_000L;

    private final CoinTable coins;
    private final CoinFeed[] feeds;
    private final FrameDecoder decoder;
    private final TradeDeduplicator dedupe;
    private final PooledChannel<InboundFrame> inbound;
    private final EventProducer log;
    private final Counters counters;
    private final LatencyRecorder latency;
    private final NanoClock clock;
    private final MessageHandler<InboundFrame> frameHandler = this::onFrame;
    private long stepNs;
    private long nextHousekeepingNs;

    HyperliquidFeed(
        final String name,
        final CoinTable coins,
        final CoinFeed[] feeds,
        final FrameDecoder decoder,
        final TradeDeduplicator dedupe,
        final PooledChannel<InboundFrame> inbound,
        final EventProducer log,
        final Counters counters,
        final LatencyRecorder latency,
        final NanoClock clock)
    {
        super(name, feeds);
        this.coins = coins;
        this.feeds = feeds;
        this.decoder = decoder;
        this.dedupe = dedupe;
        this.inbound = inbound;
        this.log = log;
        this.counters = counters;
        this.latency = latency;
        this.clock = clock;
    }

    @Override
    public void onStart()
    {
        log.emit(EventCode.STARTED, "coins", feeds.length);
        for (final CoinFeed feed : feeds)
        {
            feed.publish();
        }
    }

    @Override
    public int poll(final long nowNs)
    {
        stepNs = nowNs;
        int work = inbound.drain(frameHandler, FRAME_BATCH);
        if (nowNs - nextHousekeepingNs >= 0)
        {
            for (final CoinFeed feed : feeds)
            {
                feed.checkStale(nowNs);
            }
            counters.set(Counter.INBOUND_DROPS, inbound.drops());
            nextHousekeepingNs = nowNs + HOUSEKEEPING_INTERVAL_NS;
        }
        publishChanged();
        if (serveCopies())
        {
            work++;
        }
        return work;
    }

    @Override
    public void onError(final Throwable error)
    {
        // The engine logged and counted it. A half-applied snapshot may have left a book wrong: reload them all
        // from the next snapshots.
        for (final CoinFeed feed : feeds)
        {
            feed.markStale();
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
        counters.set(Counter.INBOUND_DROPS, inbound.drops());
        for (final CoinFeed feed : feeds)
        {
            feed.differ.close();
            feed.publish();
        }
        serveCopies();
    }

    /** Coins match exactly, case included ({@code kPEPE}). */
    @Override
    public boolean copyBook(final String coin, final BookCopy into, final long timeoutMs)
    {
        final int index = coins.indexOf(coin);
        if (index == CoinTable.NOT_FOUND)
        {
            throw new IllegalArgumentException("no coin '" + coin + "' in this feed");
        }
        return copyBookAt(index, into, timeoutMs);
    }

    /**
     * Trades judged so far. Plain engine-thread fields: read after the engine stopped, or accept approximate
     * values while it runs.
     *
     * @return the de-duplicator.
     */
    public TradeDeduplicator trades()
    {
        return dedupe;
    }

    private void onFrame(final InboundFrame frame)
    {
        if (frame.kind != InboundFrame.FRAME)
        {
            onNotice(frame.kind);
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
            case L2_BOOK:
            {
                final L2Snapshot snapshot = decoder.l2Book();
                final CoinFeed feed = feeds[snapshot.coinIndex()];
                final boolean changed = feed.onSnapshot(snapshot, decodedNs);
                endNs = clock.nanoTime();
                latency.record(LatencyStage.APPLY, endNs - decodedNs);
                if (changed)
                {
                    latency.record(LatencyStage.RECV_TO_APPLIED, endNs - frame.recvNs);
                    feed.recordRecvToApplied(endNs - frame.recvNs);
                }
                break;
            }
            case TRADES:
                onTrades(decoder.trades());
                break;
            case SUBSCRIPTION_RESPONSE:
                onSubscribed(decoder.subscriptionResponse());
                break;
            case ERROR:
                log.claim(EventCode.WARNING).append("error from the venue: ").append(decoder.error().message())
                    .commit();
                break;
            default:
                break;
        }
        stepNs = endNs;
    }

    private void onTrades(final Trades trades)
    {
        dedupe.markDuplicates(trades);
        for (int i = 0; i < trades.count(); i++)
        {
            feeds[trades.coinIndex(i)].onTrade(trades.isDuplicate(i));
        }
    }

    private void onSubscribed(final SubscriptionResponse response)
    {
        final int coin = response.coinIndex();
        log.claim(EventCode.SUBSCRIBED).append(response.type().name()).append(' ')
            .append(coin == CoinTable.NOT_FOUND ? "?" : coins.coin(coin)).commit();
    }

    private void onNotice(final int kind)
    {
        for (final CoinFeed feed : feeds)
        {
            if (kind == InboundFrame.STALE)
            {
                feed.markStale();
            }
            else
            {
                feed.markResyncing();
            }
        }
    }

    private void publishChanged()
    {
        for (final CoinFeed feed : feeds)
        {
            if (feed.dirty)
            {
                feed.publish();
            }
        }
    }
}
