package dev.spindle.tools.sim.binance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import dev.spindle.tools.sim.PacedSender;
import dev.spindle.tools.sim.binance.book.SimBook;
import dev.spindle.tools.sim.binance.source.DepthMerger;
import dev.spindle.tools.sim.binance.source.FrameSource;
import dev.spindle.tools.sim.binance.source.SimFrame;
import dev.spindle.tools.sim.binance.source.StreamNames;
import dev.spindle.tools.sim.binance.ws.ConnectionKeeper;
import dev.spindle.tools.sim.binance.ws.SimWebSocketServer;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultInjector;
import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.fault.FaultTarget;
import dev.spindle.tools.sim.fault.FrameMangler;

/**
 * The Binance side of the simulator's pacing thread ({@link PacedSender}): sends the frames, keeps the books in
 * step with the depth events sent, runs the heartbeat rules ({@link ConnectionKeeper}) and applies frame faults
 * to depth events.
 * <p>
 * A depth event is queued on every subscribed
 * connection and applied to its book in one step under the book's lock, so a REST snapshot or
 * {@link SimBook#viewAt(long)} is always exactly at the last event sent: never behind what a client has
 * received, never ahead of what the stream was given.
 */
final class Sender extends PacedSender
{
    private final FrameSource source;
    private final SimWebSocketServer server;
    private final ConnectionKeeper keeper;
    private final Map<String, SimBook> books;
    private final SimCounters counters;
    private final LongSupplier clockMs;
    private final long shutdownGraceNs;
    private final ConcurrentHashMap<String, AtomicInteger> dropRequests = new ConcurrentHashMap<>();
    private final Map<String, DepthMerger> mergers = new HashMap<>();
    private final Map<String, SimFrame> swapHeld = new HashMap<>();

    Sender(
        final FrameSource source,
        final SimWebSocketServer server,
        final ConnectionKeeper keeper,
        final SimCounters counters,
        final BinanceSimConfig config,
        final FaultInjector faults,
        final FaultTarget faultTarget)
    {
        super("sim-binance-sender", config, faults, faultTarget);
        this.source = source;
        this.server = server;
        this.keeper = keeper;
        this.books = source.books();
        this.counters = counters;
        this.clockMs = config.clockMs();
        this.shutdownGraceNs = config.shutdownGrace().toNanos();
    }

    @Override
    protected long doConnectionWork(final long nowNs)
    {
        return keeper.doWork(nowNs);
    }

    @Override
    protected boolean hasSubscriber()
    {
        return server.hasSubscriber();
    }

    @Override
    protected long peekSourceTimeNs()
    {
        return source.peekTimeNs();
    }

    @Override
    protected void onSourceEnd()
    {
        for (final DepthMerger merger : mergers.values())
        {
            broadcast(merger.flush());
        }
        swapHeld.values().forEach(server::broadcast);
        swapHeld.clear();
    }

    @Override
    protected void dispatchNext(final long nowNs)
    {
        dispatch(source.take(), nowNs);
    }

    private void dispatch(final SimFrame frame, final long nowNs)
    {
        counters.onEventDispatched();
        if (frame.kind() != SimFrame.Kind.DEPTH)
        {
            server.broadcast(frame);
            return;
        }
        final DepthMerger merger = mergerFor(frame);
        final FaultSpec fault = faults().onMarketFrame(nowNs, target());
        final Fault kind = fault == null ? null : fault.fault();
        final boolean drop = shouldDrop(frame.symbol()) || kind == Fault.DROP;
        final Runnable publish = () ->
        {
            if (drop)
            {
                counters.onDepthDropped();
                if (merger != null)
                {
                    broadcast(merger.flush());
                }
                return;
            }
            final SimFrame held = swapHeld.remove(frame.symbol());
            if (kind == Fault.SWAP && held == null)
            {
                swapHeld.put(frame.symbol(), frame);
            }
            else
            {
                final SimFrame sent = mangled(frame, fault);
                server.broadcast(sent);
                if (kind == Fault.DUPLICATE)
                {
                    server.broadcast(sent);
                }
                broadcast(held);
            }
            if (merger != null)
            {
                broadcast(merger.offer(frame));
            }
        };
        final SimBook book = books.get(frame.symbol());
        if (book == null)
        {
            publish.run();
        }
        else
        {
            book.publishAndApply(publish, frame.lastUpdateId(), frame.bids(), frame.asks());
        }
    }

    private DepthMerger mergerFor(final SimFrame depth)
    {
        DepthMerger merger = mergers.get(depth.symbol());
        if (merger == null)
        {
            if (depth.stream().equals(StreamNames.of(depth.symbol(), StreamNames.DEPTH_1000MS)))
            {
                return null;
            }
            merger = new DepthMerger(depth.symbol());
            mergers.put(depth.symbol(), merger);
        }
        return merger;
    }

    private boolean shouldDrop(final String symbol)
    {
        final AtomicInteger requested = dropRequests.get(symbol);
        return requested != null && requested.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    private static SimFrame mangled(final SimFrame frame, final FaultSpec fault)
    {
        if (fault == null)
        {
            return frame;
        }
        return switch (fault.fault())
        {
            case MALFORMED -> frame.withPayload(FrameMangler.malformed(frame.payloadString()));
            case TRUNCATED -> frame.truncated();
            case OVERSIZED -> frame.withPayload(FrameMangler.oversized(frame.payloadString(), fault.argument()));
            default -> frame;
        };
    }

    private void broadcast(final SimFrame frame)
    {
        if (frame != null)
        {
            server.broadcast(frame);
        }
    }

    void serverShutdown(final long nowNs)
    {
        counters.onServerShutdown();
        server.broadcastSystemEvent("!serverShutdown",
            "{\"e\":\"serverShutdown\",\"E\":" + clockMs.getAsLong() + "}");
        keeper.closeAllAfter(nowNs, shutdownGraceNs);
    }

    void requestDrop(final String symbol, final int count)
    {
        dropRequests.computeIfAbsent(symbol, s -> new AtomicInteger()).addAndGet(count);
    }
}
