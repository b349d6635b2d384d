package dev.spindle.tools.sim.binance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

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
 * The simulator's one pacing thread: takes frames from the source when they are due (source time divided by
 * the speed), sends them, keeps the books in step with the depth events sent, runs the connection rules and
 * the faults ({@link FaultInjector}; frame faults are applied here, to depth events), and executes commands from
 * other threads between frames.
 * <p>
 * It parks until the next deadline instead of spinning. A depth event is queued on every subscribed
 * connection and applied to its book in one step under the book's lock, so a REST snapshot or
 * {@link SimBook#viewAt(long)} is always exactly at the last event sent: never behind what a client has
 * received, never ahead of what the stream was given.
 */
final class Sender implements Runnable
{
    private static final long NONE = Long.MIN_VALUE;
    private static final int BATCH = 256;
    private static final long IDLE_PARK_NS = 10_000_000;

    private final FrameSource source;
    private final SimWebSocketServer server;
    private final ConnectionKeeper keeper;
    private final Map<String, SimBook> books;
    private final SimCounters counters;
    private final double speed;
    private final boolean awaitFirstSubscriber;
    private final FaultInjector faults;
    private final FaultTarget faultTarget;
    private final LongSupplier clockMs;
    private final long shutdownGraceNs;
    private final Consumer<String> warnings;
    private final ConcurrentLinkedQueue<LongConsumer> commands = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, AtomicInteger> dropRequests = new ConcurrentHashMap<>();
    private final Map<String, DepthMerger> mergers = new HashMap<>();
    private final Map<String, SimFrame> swapHeld = new HashMap<>();
    private final CountDownLatch sourceEnded = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean exhausted;
    private volatile Thread thread;

    private boolean started;
    private long startNs;
    private long stallUntilNs = NONE;

    Sender(
        final FrameSource source,
        final SimWebSocketServer server,
        final ConnectionKeeper keeper,
        final SimCounters counters,
        final BinanceSimConfig config,
        final FaultInjector faults,
        final FaultTarget faultTarget)
    {
        this.source = source;
        this.server = server;
        this.keeper = keeper;
        this.books = source.books();
        this.counters = counters;
        this.speed = config.speed();
        this.awaitFirstSubscriber = config.awaitFirstSubscriber();
        this.faults = faults;
        this.faultTarget = faultTarget;
        this.clockMs = config.clockMs();
        this.shutdownGraceNs = config.shutdownGrace().toNanos();
        this.warnings = config.warnings();
    }

    void start()
    {
        final Thread t = new Thread(this, "sim-binance-sender");
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
                long wakeNs = earlier(keeper.doWork(nowNs), faults.doWork(nowNs, faultTarget));
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

    /** @return when the next frame is due, {@code nowNs} if more are due now, or NONE when the source ended. */
    private long sendDue(final long nowNs)
    {
        for (int sent = 0; sent < BATCH; sent++)
        {
            final long sourceNs = source.peekTimeNs();
            if (sourceNs == FrameSource.END)
            {
                if (!exhausted)
                {
                    for (final DepthMerger merger : mergers.values())
                    {
                        broadcast(merger.flush());
                    }
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
            dispatch(source.take(), nowNs);
        }
        return nowNs;
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
        final FaultSpec fault = faults.onMarketFrame(nowNs, faultTarget);
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

    void stall(final long nowNs, final long durationNs)
    {
        stallUntilNs = nowNs + durationNs;
    }

    FaultTarget target()
    {
        return faultTarget;
    }

    void requestDrop(final String symbol, final int count)
    {
        dropRequests.computeIfAbsent(symbol, s -> new AtomicInteger()).addAndGet(count);
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

    /** @return true once every frame of the source has been dispatched. */
    boolean awaitSourceEnd(final long timeoutMs) throws InterruptedException
    {
        return sourceEnded.await(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS) && exhausted;
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
