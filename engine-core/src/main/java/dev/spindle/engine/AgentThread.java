package dev.spindle.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.IdleStrategy;

/**
 * Runs one Agrona {@link Agent} on its own thread: {@code onStart}, then {@code idle.idle(doWork())} until closed,
 * then {@code onClose}, all on that thread. Unlike Agrona's {@code AgentRunner}, start reports a failed
 * {@code onStart} (or a thread factory that failed, e.g. pinning) to the caller, and close is bounded in time.
 * <p>
 * An exception thrown by {@code doWork} goes to the error handler (on the agent thread) and the loop keeps going.
 */
public final class AgentThread implements AutoCloseable
{
    /** Extra wait after interrupting a thread that ignored the stop request. */
    private static final long INTERRUPT_GRACE_MS = 100;

    private final Agent agent;
    private final IdleStrategy idleStrategy;
    private final ErrorHandler errorHandler;
    private final long timeoutMs;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable startFailure;

    private AgentThread(
        final Agent agent,
        final IdleStrategy idleStrategy,
        final ThreadFactory threadFactory,
        final ErrorHandler errorHandler,
        final long timeoutMs)
    {
        this.agent = agent;
        this.idleStrategy = idleStrategy;
        this.errorHandler = errorHandler;
        this.timeoutMs = timeoutMs;
        this.thread = threadFactory.newThread(this::run);
        thread.setUncaughtExceptionHandler(this::onUncaught);
    }

    /**
     * Start the agent on a new thread and wait until its {@code onStart} has returned.
     *
     * @param agent         the agent; all its callbacks run on the new thread.
     * @param idleStrategy  used by the new thread only.
     * @param threadFactory makes the thread (names it, may pin it).
     * @param errorHandler  receives exceptions from {@code doWork}/{@code onClose}, on the agent thread.
     * @param timeoutMs     bound on waiting for start and, later, for {@link #close()}.
     * @return the running agent thread.
     * @throws IllegalStateException if the thread or {@code onStart} failed, or start took longer than the timeout
     *                               (the cause is attached; the thread is stopped).
     */
    public static AgentThread start(
        final Agent agent,
        final IdleStrategy idleStrategy,
        final ThreadFactory threadFactory,
        final ErrorHandler errorHandler,
        final long timeoutMs)
    {
        final AgentThread agentThread = new AgentThread(agent, idleStrategy, threadFactory, errorHandler, timeoutMs);
        agentThread.thread.start();
        agentThread.awaitStarted();
        return agentThread;
    }

    /** @return the id of the agent thread (e.g. for {@code ThreadMXBean}). */
    public long threadId()
    {
        return thread.getId();
    }

    /** @return true until the agent thread has finished. */
    public boolean isAlive()
    {
        return thread.isAlive();
    }

    /**
     * Stop the loop and wait for the thread, which runs {@code onClose} before it ends. Idempotent. Called on the
     * agent thread itself, it only requests the stop.
     *
     * @throws IllegalStateException if the thread did not end within the timeout, even after an interrupt.
     */
    @Override
    public void close()
    {
        running = false;
        if (Thread.currentThread() == thread)
        {
            return;
        }
        try
        {
            thread.join(timeoutMs);
            if (thread.isAlive())
            {
                thread.interrupt();
                thread.join(INTERRUPT_GRACE_MS);
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive())
        {
            throw new IllegalStateException(
                agent.roleName() + " thread '" + thread.getName() + "' did not stop within " + timeoutMs + " ms");
        }
    }

    private void awaitStarted()
    {
        boolean startedInTime = false;
        try
        {
            startedInTime = started.await(timeoutMs, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        final Throwable failure = startFailure;
        if (!startedInTime || null != failure)
        {
            try
            {
                close();
            }
            catch (final IllegalStateException ex)
            {
                if (null != failure)
                {
                    failure.addSuppressed(ex);
                }
            }
            if (null != failure)
            {
                throw new IllegalStateException(agent.roleName() + " failed to start: " + failure.getMessage(), failure);
            }
            throw new IllegalStateException(agent.roleName() + " did not start within " + timeoutMs + " ms");
        }
    }

    private void run()
    {
        try
        {
            agent.onStart();
        }
        catch (final Throwable ex)
        {
            startFailure = ex;
            closeAgent();
            started.countDown();
            return;
        }
        started.countDown();

        final IdleStrategy idle = idleStrategy;
        while (running)
        {
            int workCount = 0;
            try
            {
                workCount = agent.doWork();
            }
            catch (final Throwable ex)
            {
                onError(ex);
            }
            idle.idle(workCount);
        }
        closeAgent();
    }

    private void closeAgent()
    {
        try
        {
            agent.onClose();
        }
        catch (final Throwable ex)
        {
            onError(ex);
        }
    }

    private void onError(final Throwable error)
    {
        try
        {
            errorHandler.onError(error);
        }
        catch (final Throwable handlerFailure)
        {
            handlerFailure.addSuppressed(error);
            handlerFailure.printStackTrace();
        }
    }

    private void onUncaught(final Thread failed, final Throwable error)
    {
        // Reached when the thread factory's own code failed before run() (e.g. pinning): report it to start().
        if (started.getCount() > 0)
        {
            startFailure = error;
            started.countDown();
        }
        else
        {
            onError(error);
        }
    }
}
