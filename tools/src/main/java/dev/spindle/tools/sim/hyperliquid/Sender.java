package dev.spindle.tools.sim.hyperliquid;

import java.util.HashMap;
import java.util.Map;

import dev.spindle.tools.sim.PacedSender;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;
import dev.spindle.tools.sim.hyperliquid.market.SimMarket;
import dev.spindle.tools.sim.hyperliquid.source.SimSource;
import dev.spindle.tools.sim.hyperliquid.ws.SimWebSocketServer;
import dev.spindle.tools.sim.fault.Fault;
import dev.spindle.tools.sim.fault.FaultInjector;
import dev.spindle.tools.sim.fault.FaultSpec;
import dev.spindle.tools.sim.fault.FaultTarget;
import dev.spindle.tools.sim.fault.FrameMangler;

/**
 * The Hyperliquid side of the simulator's pacing thread ({@link PacedSender}): publishes the frames (market state
 * and sockets in one step), closes idle connections and applies frame faults to {@code l2Book} frames.
 */
final class Sender extends PacedSender
{
    private final SimSource source;
    private final SimWebSocketServer server;
    private final SimMarket market;
    private final SimCounters counters;
    private final long idleNs;
    private final Map<String, SimFrame> swapHeld = new HashMap<>();

    Sender(
        final SimSource source,
        final SimWebSocketServer server,
        final SimMarket market,
        final SimCounters counters,
        final HyperliquidSimConfig config,
        final FaultInjector faults,
        final FaultTarget faultTarget)
    {
        super("sim-hyperliquid-sender", config, faults, faultTarget);
        this.source = source;
        this.server = server;
        this.market = market;
        this.counters = counters;
        this.idleNs = config.idleTimeout().toNanos();
    }

    @Override
    protected long doConnectionWork(final long nowNs)
    {
        return server.closeIdle(nowNs, idleNs);
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
        swapHeld.values().forEach(server::broadcast);
        swapHeld.clear();
    }

    @Override
    protected void dispatchNext(final long nowNs)
    {
        final SimFrame frame = source.take();
        counters.onFrameDispatched();
        if (frame.kind() == SimFrame.Kind.L2_BOOK)
        {
            final FaultSpec fault = faults().onMarketFrame(nowNs, target());
            market.publish(frame, () -> publishBook(frame, fault));
        }
        else
        {
            market.publish(frame, () -> server.broadcast(frame));
        }
    }

    /** Send an {@code l2Book} frame, changed by {@code fault}; the market records the true frame regardless. */
    private void publishBook(final SimFrame frame, final FaultSpec fault)
    {
        final Fault kind = fault == null ? null : fault.fault();
        if (kind == Fault.DROP)
        {
            return;
        }
        final SimFrame held = swapHeld.remove(frame.coin());
        if (kind == Fault.SWAP && held == null)
        {
            swapHeld.put(frame.coin(), frame);
            return;
        }
        final SimFrame sent = kind == null ? frame : switch (kind)
        {
            case MALFORMED -> frame.withText(FrameMangler.malformed(frame.text()));
            case TRUNCATED -> frame.withText(FrameMangler.truncated(frame.text()));
            case OVERSIZED -> frame.withText(FrameMangler.oversized(frame.text(), fault.argument()));
            default -> frame;
        };
        server.broadcast(sent);
        if (kind == Fault.DUPLICATE)
        {
            server.broadcast(sent);
        }
        if (held != null)
        {
            server.broadcast(held);
        }
    }
}
