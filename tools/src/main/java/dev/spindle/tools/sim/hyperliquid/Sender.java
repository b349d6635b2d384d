package dev.spindle.tools.sim.hyperliquid;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

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
 * The simulator's one pacing thread: takes frames from the source when they are due (source time divided by the
 * speed), publishes them (market state and sockets in one step), closes idle connections, runs the faults
 * ({@link FaultInjector}; frame faults are applied here, to {@code l2Book} frames) and runs commands from other
 * threads between frames. It parks until the next deadline instead of spinning.
 */
final class Sender implements Runnable
{
    private static final long NONE = Long.MIN_VALUE;
    private static final int BATCH = 256;
    private static final long IDLE_PARK_NS = 10_000_000;

    private final SimSource source;
    private final SimWebSocketServer server;
    private final SimMarket market;
    private final SimCounters counters;
    private final double speed;
    private final boolean awaitFirstSubscriber;
    private final long idleNs;
    private final Consumer<String> warnings;
    private final FaultInjector faults;
    private final FaultTarget faultTarget;
    private final Map<String, SimFrame> swapHeld = new HashMap<>();
    private final ConcurrentLinkedQueue<LongConsumer> commands = new ConcurrentLinkedQueue<>();
    private final CountDownLatch sourceEnded = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean exhausted;
    private volatile Thread thread;
    private boolean started;
    private long startNs;
    private long stallUntilNs = NONE;

    Sender(
        final SimSource source,
        final SimWebSocketServer server,
        final SimMarket market,
        final SimCounters counters,
        final HyperliquidSimConfig config,
        final FaultInjector faults,
        final FaultTarget faultTarget)
    {
        this.source = source;
        this.server = server;
        this.market = market;
        this.counters = counters;
        this.speed = config.speed();
        this.awaitFirstSubscriber = config.awaitFirstSubscriber();
        this.idleNs = config.idleTimeout().toNanos();
        this.warnings = config.warnings();
        this.faults = faults;
        this.faultTarget = faultTarget;
    }

    void start()
    {
        final Thread t = new Thread(this, "sim-hyperliquid-sender");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void run()
    {
        try
        {
            while (running)
            {
                final long nowNs = System.nanoTime();
                runCommands(nowNs);
                long wakeNs = earlier(server.closeIdle(nowNs, idleNs), faults.doWork(nowNs, faultTarget));
                if (!started)
                {
                    if (awaitFirstSubscriber && !server.hasSubscriber())
                    {
                        park(earlier(wakeNs, nowNs + IDLE_PARK_NS) - nowNs);
                        continue;
                    }
                    started = true;
                    startNs = nowNs;
                }
                if (stallUntilNs != NONE)
                {
                    if (nowNs - stallUntilNs < 0)
                    {
                        park(earlier(wakeNs, stallUntilNs) - nowNs);
                        continue;
                    }
                    stallUntilNs = NONE;
                }
                final long dueNs = sendDue(nowNs);
                if (dueNs == nowNs)
                {
                    continue;
                }
                if (dueNs != NONE)
                {
                    wakeNs = earlier(wakeNs, dueNs);
                }
                park(wakeNs - nowNs);
            }
        }
        catch (final RuntimeException | Error ex)
        {
            warnings.accept("simulator sender thread failed: " + ex);
            throw ex;
        }
        finally
        {
            sourceEnded.countDown();
        }
    }

    /** @return when the next frame is due, {@code nowNs} if more are due now, or NONE once the source ended. */
    private long sendDue(final long nowNs)
    {
        for (int sent = 0; sent < BATCH; sent++)
        {
            final long sourceNs = source.peekTimeNs();
            if (sourceNs == SimSource.END)
            {
                if (!exhausted)
                {
                    swapHeld.values().forEach(server::broadcast);
                    swapHeld.clear();
                    exhausted = true;
                    sourceEnded.countDown();
                }
                return NONE;
            }
            final long dueNs = Double.isInfinite(speed) ? startNs : startNs + (long)(sourceNs / speed);
            if (dueNs - nowNs > 0)
            {
                return dueNs;
            }
            final SimFrame frame = source.take();
            counters.onFrameDispatched();
            if (frame.kind() == SimFrame.Kind.L2_BOOK)
            {
                final FaultSpec fault = faults.onMarketFrame(nowNs, faultTarget);
                market.publish(frame, () -> publishBook(frame, fault));
            }
            else
            {
                market.publish(frame, () -> server.broadcast(frame));
            }
        }
        return nowNs;
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

    FaultTarget target()
    {
        return faultTarget;
    }

    void stall(final long nowNs, final long durationNs)
    {
        stallUntilNs = nowNs + durationNs;
    }

    /**
     * Run {@code command} on the sender thread between frames.
     *
     * @return completes when it has run (exceptionally if the sender stops first).
     */
    CompletableFuture<Void> submit(final LongConsumer command)
    {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(nowNs ->
        {
            try
            {
                command.accept(nowNs);
                done.complete(null);
            }
            catch (final RuntimeException ex)
            {
                done.completeExceptionally(ex);
            }
        });
        LockSupport.unpark(thread);
        if (!running)
        {
            done.completeExceptionally(new IllegalStateException("simulator is closed"));
        }
        return done;
    }

    private void runCommands(final long nowNs)
    {
        LongConsumer command;
        while ((command = commands.poll()) != null)
        {
            command.accept(nowNs);
        }
    }

    /** @return true once every frame of the source has been published. */
    boolean awaitSourceEnd(final long timeoutMs) throws InterruptedException
    {
        return sourceEnded.await(timeoutMs, TimeUnit.MILLISECONDS) && exhausted;
    }

    boolean isRunning()
    {
        return running;
    }

    /** Stop and wait for the thread, at most {@code timeoutMs}. */
    void stop(final long timeoutMs) throws InterruptedException
    {
        running = false;
        final Thread t = thread;
        if (t != null)
        {
            LockSupport.unpark(t);
            t.join(timeoutMs);
        }
    }

    private static void park(final long ns)
    {
        if (ns > 0)
        {
            LockSupport.parkNanos(ns);
        }
    }

    private static long earlier(final long a, final long b)
    {
        return b - a < 0 ? b : a;
    }
}
