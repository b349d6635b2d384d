package dev.spindle.capture.writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.AgentTerminationException;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SystemEpochClock;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.UpdateIdScanner;

/**
 * Owns the capture thread ({@code spindle-capture}) and the session directories of one run: every symbol gets
 * {@code <capture-dir>/<venue>/<symbol>/<session>/} in the layout of {@link dev.spindle.capture.SessionLayout}.
 * <p>
 * Life cycle, all off the hot path:
 * <ol>
 * <li>{@link #openSession} once per symbol (creates the directory and the first {@code metadata.json});</li>
 * <li>{@link #newProducer} once per producing thread (WS reader, REST snapshot thread, engine); more may be made
 * later, e.g. for a reconnect's new reader thread;</li>
 * <li>{@link #start()};</li>
 * <li>{@link #close()} after the producing threads stopped: drains every queue, flushes, completes gzip parts,
 * writes the end time and final counts. Idempotent.</li>
 * </ol>
 * The capture never blocks a producer (see {@link CaptureProducer}). An I/O error (disk full, permission, a path
 * that is not a directory) stops the capture only: an ERROR ledger entry and state {@code FAILED} go to
 * {@code metadata.json} when it can still be written, {@link CaptureListener#onError} is told, and producers keep
 * returning at once; the caller's live book is not affected.
 */
public final class CaptureWriter implements AutoCloseable
{
    /** Default records per producer queue. */
    public static final int DEFAULT_PRODUCER_CAPACITY = 4096;

    private final CaptureConfig config;
    private final CaptureListener listener;
    private final EpochClock clock;
    private final long startEpochMs;
    private final CaptureStatus status = new CaptureStatus();
    private final CaptureCounters counters = new CaptureCounters();
    private final ProducerRegistry registry = new ProducerRegistry();
    private final List<SessionWriter> sessions = new ArrayList<>();
    private final List<CaptureSession> handles = new ArrayList<>();
    private final IdleStrategy idleStrategy;
    private final AtomicBoolean closed = new AtomicBoolean();
    private CaptureAgent agent;
    private AgentRunner runner;
    private boolean sessionsFrozen;

    /**
     * A writer on the system clock with a backoff idle strategy (the capture thread is not latency critical).
     *
     * @param config   validated settings.
     * @param listener receives errors, warnings, drops and rotations on the capture thread.
     */
    public CaptureWriter(final CaptureConfig config, final CaptureListener listener)
    {
        this(config, listener, SystemEpochClock.INSTANCE,
            new BackoffIdleStrategy(10, 20, 1_000, 1_000_000));
    }

    /**
     * @param config       validated settings.
     * @param listener     receives errors, warnings, drops and rotations on the capture thread.
     * @param clock        wall clock of the capture thread: start/end times, flush interval and rotation.
     * @param idleStrategy what the capture thread does when it found no work.
     */
    public CaptureWriter(
        final CaptureConfig config,
        final CaptureListener listener,
        final EpochClock clock,
        final IdleStrategy idleStrategy)
    {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleStrategy = Objects.requireNonNull(idleStrategy, "idleStrategy");
        this.startEpochMs = clock.time();
    }

    /**
     * Creates {@code <capture-dir>/<venue>/<symbol>/<session>/} and its first {@code metadata.json}. Call before
     * the first {@link #newProducer} and before {@link #start()}.
     *
     * @param venue   venue name, e.g. {@code binance}.
     * @param symbol  symbol name as the handler uses it, e.g. {@code ethusdt}.
     * @param scanner finds update ids in the sequenced stream ({@link UpdateIdScanner#BINANCE_DEPTH}), or
     *                {@link UpdateIdScanner#NONE}.
     * @return the handle to pass to producers.
     * @throws IllegalArgumentException when a name is invalid (one line naming it).
     * @throws IllegalStateException    when called too late, or the session directory already exists.
     * @throws UncheckedIOException     when the directory or metadata cannot be written.
     */
    public synchronized CaptureSession openSession(final String venue, final String symbol, final UpdateIdScanner scanner)
    {
        if (sessionsFrozen)
        {
            throw new IllegalStateException("open every capture session before creating producers or starting");
        }
        final Path dir = config.sessionDir(venue, symbol);
        try
        {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir);
        }
        catch (final FileAlreadyExistsException ex)
        {
            throw new IllegalStateException("capture session directory already exists: " + dir +
                " (choose another " + CaptureConfig.FLAG_SESSION + ")", ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create capture session directory " + dir + ": " + ex, ex);
        }
        final CaptureSession session = new CaptureSession(
            this, handles.size(), venue, symbol, config.session(), dir, Objects.requireNonNull(scanner, "scanner"));
        final SessionWriter writer = new SessionWriter(session, config, listener, counters, startEpochMs);
        try
        {
            writer.writeMetadata(startEpochMs);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex.getMessage(), ex);
        }
        handles.add(session);
        sessions.add(writer);
        return session;
    }

    /**
     * @param name names the producing thread in ledger details, e.g. {@code ws-reader-1}.
     * @return a producer with {@link #DEFAULT_PRODUCER_CAPACITY} records.
     */
    public CaptureProducer newProducer(final String name)
    {
        return newProducer(name, DEFAULT_PRODUCER_CAPACITY);
    }

    /**
     * Makes a producer for one producing thread; its records are preallocated here. Thread-safe; call off the hot
     * path, at any time after the sessions were opened.
     *
     * @param name     names the producing thread in ledger details.
     * @param capacity records in its queue (rounded up to a power of two), i.e. how many frames it can hold while
     *                 the capture thread is busy.
     * @return the producer.
     */
    public synchronized CaptureProducer newProducer(final String name, final int capacity)
    {
        if (handles.isEmpty())
        {
            throw new IllegalStateException("open a capture session before creating producers");
        }
        sessionsFrozen = true;
        final CaptureProducer producer =
            new CaptureProducer(name, this, capacity, handles.size(), status, counters);
        registry.add(producer);
        return producer;
    }

    /** Starts the capture thread. Call once, after {@link #openSession}. */
    public synchronized void start()
    {
        if (null != runner)
        {
            throw new IllegalStateException("capture already started");
        }
        if (closed.get())
        {
            throw new IllegalStateException("capture already closed");
        }
        sessionsFrozen = true;
        runner = new AgentRunner(idleStrategy, this::onAgentError, null, agent());
        AgentRunner.startOnThread(runner);
    }

    /** @return the sessions opened, in order. */
    public synchronized List<CaptureSession> sessions()
    {
        return List.copyOf(handles);
    }

    /** @return counters readable from any thread. */
    public CaptureCounters counters()
    {
        return counters;
    }

    /** @return whether an I/O error stopped the capture. Any thread. */
    public boolean hasFailed()
    {
        final CaptureAgent current;
        synchronized (this)
        {
            current = agent;
        }
        return null != current && current.hasFailed();
    }

    /** @return the settings. */
    public CaptureConfig config()
    {
        return config;
    }

    /**
     * Ends the capture: producers refuse from now on, the capture thread drains every queue, flushes and
     * completes every file, writes end time and final counts, and exits. Blocks until done. Idempotent.
     */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        status.stop();
        final AgentRunner toClose;
        synchronized (this)
        {
            sessionsFrozen = true;
            if (null == runner)
            {
                // never started: run the final drain and close on this thread
                runner = new AgentRunner(idleStrategy, this::onAgentError, null, agent());
            }
            toClose = runner;
        }
        toClose.close();
    }

    private CaptureAgent agent()
    {
        if (null == agent)
        {
            agent = new CaptureAgent(
                config, listener, clock, status, counters, registry,
                sessions.toArray(new SessionWriter[0]), startEpochMs);
        }
        return agent;
    }

    private void onAgentError(final Throwable error)
    {
        if (!(error instanceof AgentTerminationException))
        {
            listener.onError("capture thread error: " + error, error);
        }
    }
}
