package dev.spindle.tools.sim;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import dev.spindle.tools.sim.fault.FaultInjector;
import dev.spindle.tools.sim.fault.FaultTarget;

/**
 * A simulator's one pacing thread: takes frames from the source when they are due (source time divided by the
 * speed), runs the venue's connection rules and the scheduled faults ({@link FaultInjector}), holds the source
 * until the first subscriber if asked, honours stalls, and runs commands from other threads between frames. It
 * parks until the next deadline instead of spinning. The venue subclass sends the frames and applies frame faults.
 * <p>
 * {@link #start()}, {@link #stall(long, long)} and the hooks run on the sender thread or before it starts;
 * {@link #submit(LongConsumer)}, {@link #awaitSourceEnd(long)}, {@link #isRunning()} and {@link #stop(long)} may be
 * called from any thread.
 */
public abstract class PacedSender implements Runnable
{
    /** What {@link #peekSourceTimeNs()} returns once the source has no more frames (the venues' sources' END). */
    protected static final long SOURCE_END = Long.MAX_VALUE;

    private static final long NONE = Long.MIN_VALUE;
    private static final int BATCH = 256;
    private static final long IDLE_PARK_NS = 10_000_000;

    private final String threadName;
    private final double speed;
    private final boolean awaitFirstSubscriber;
    private final Consumer<String> warnings;
    private final FaultInjector faults;
    private final FaultTarget faultTarget;
    private final ConcurrentLinkedQueue<LongConsumer> commands = new ConcurrentLinkedQueue<>();
    private final CountDownLatch sourceEnded = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean exhausted;
    private volatile Thread thread;
    private boolean started;
    private long startNs;
    private long stallUntilNs = NONE;

    /**
     * @param threadName  name of the sender thread, e.g. {@code sim-binance-sender}.
     * @param config      speed, wait-for-client and warnings sink.
     * @param faults      the scheduled faults, driven from this thread.
     * @param faultTarget what the faults act on.
     */
    protected PacedSender(
        final String threadName, final SimConfig config, final FaultInjector faults, final FaultTarget faultTarget)
    {
        this.threadName = threadName;
        this.speed = config.speed();
        this.awaitFirstSubscriber = config.awaitFirstSubscriber();
        this.warnings = config.warnings();
        this.faults = faults;
        this.faultTarget = faultTarget;
    }

    /**
     * The venue's connection rules (heartbeats, idle closes), run every loop before the faults.
     *
     * @param nowNs {@link System#nanoTime()} of this loop.
     * @return when they next need to run.
     */
    protected abstract long doConnectionWork(long nowNs);

    /** @return true if some client has subscribed to something. */
    protected abstract boolean hasSubscriber();

    /** @return source time of the next frame in ns, or {@link #SOURCE_END}. */
    protected abstract long peekSourceTimeNs();

    /**
     * Take the next frame from the source and send it, applying any frame fault due now.
     *
     * @param nowNs {@link System#nanoTime()} of this loop.
     */
    protected abstract void dispatchNext(long nowNs);

    /** Send whatever the venue still holds back (merged depth, swapped frames) once the source has ended. */
    protected abstract void onSourceEnd();

    /** @return the injector's scheduled faults, for frame faults in {@link #dispatchNext(long)}. */
    protected final FaultInjector faults()
    {
        return faults;
    }

    /** Start the sender thread (a daemon). */
    public void start()
    {
        final Thread t = new Thread(this, threadName);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public final void run()
    {
        try
        {
            while (running)
            {
                final long nowNs = System.nanoTime();
                runCommands(nowNs);
                long wakeNs = earlier(doConnectionWork(nowNs), faults.doWork(nowNs, faultTarget));
                if (!started)
                {
                    if (awaitFirstSubscriber && !hasSubscriber())
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
            final long sourceNs = peekSourceTimeNs();
            if (sourceNs == SOURCE_END)
            {
                if (!exhausted)
                {
                    onSourceEnd();
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
            dispatchNext(nowNs);
        }
        return nowNs;
    }

    /** @return what the scheduled faults act on. */
    public FaultTarget target()
    {
        return faultTarget;
    }

    /**
     * Hold the source for {@code durationNs} from {@code nowNs}; sender thread only (via {@link #submit}).
     *
     * @param nowNs      {@link System#nanoTime()} now.
     * @param durationNs how long to send nothing.
     */
    public void stall(final long nowNs, final long durationNs)
    {
        stallUntilNs = nowNs + durationNs;
    }

    /**
     * Run {@code command} on the sender thread between frames.
     *
     * @param command gets {@link System#nanoTime()} of the loop it runs in.
     * @return completes when it has run (exceptionally if the sender stops first).
     */
    public CompletableFuture<Void> submit(final LongConsumer command)
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

    /**
     * @param timeoutMs how long to wait.
     * @return true once every frame of the source has been sent.
     * @throws InterruptedException if the waiting thread is interrupted.
     */
    public boolean awaitSourceEnd(final long timeoutMs) throws InterruptedException
    {
        return sourceEnded.await(timeoutMs, TimeUnit.MILLISECONDS) && exhausted;
    }

    /** @return false once {@link #stop(long)} was called. */
    public boolean isRunning()
    {
        return running;
    }

    /**
     * Stop and wait for the thread, at most {@code timeoutMs}.
     *
     * @param timeoutMs how long to wait for the thread.
     * @throws InterruptedException if the waiting thread is interrupted.
     */
    public void stop(final long timeoutMs) throws InterruptedException
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
