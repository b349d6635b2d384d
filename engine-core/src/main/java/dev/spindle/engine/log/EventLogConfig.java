package dev.spindle.engine.log;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * Settings of an {@link EventLog}, set fluently before {@link EventLog#start}. Output defaults to stderr in text.
 */
public final class EventLogConfig
{
    /** Default events per producer channel. */
    public static final int DEFAULT_PRODUCER_CAPACITY = 4096;
    /** Default period of the queue depth / drops report; 0 disables it (a final one is still written on close). */
    public static final long DEFAULT_QUEUE_REPORT_INTERVAL_MS = 10_000;
    /** Default idle strategy of the logger thread: it drains in batches, about once per millisecond. */
    public static final String DEFAULT_IDLE = "sleep";
    /** Default bound on stopping and joining the logger thread. */
    public static final long DEFAULT_CLOSE_TIMEOUT_MS = 5_000;

    private LogFormat format = LogFormat.TEXT;
    private OutputStream output;
    private Path file;
    private int producerCapacity = DEFAULT_PRODUCER_CAPACITY;
    private long queueReportIntervalMs = DEFAULT_QUEUE_REPORT_INTERVAL_MS;
    private long closeTimeoutMs = DEFAULT_CLOSE_TIMEOUT_MS;
    private String idleStrategy = DEFAULT_IDLE;
    private String threadName = "spindle-logger";
    private NanoClock nanoClock = SystemNanoClock.INSTANCE;
    private EpochNanoClock epochClock = new SystemEpochNanoClock();

    /**
     * @param format text or JSON lines.
     * @return this.
     */
    public EventLogConfig format(final LogFormat format)
    {
        this.format = format;
        return this;
    }

    /**
     * @param output stream the logger thread writes to; owned by the caller (not closed by the log). Replaces
     *               {@link #file(Path)}.
     * @return this.
     */
    public EventLogConfig output(final OutputStream output)
    {
        this.output = output;
        this.file = null;
        return this;
    }

    /**
     * @param file file appended to (created if missing), opened at start and closed by the log. Replaces
     *             {@link #output(OutputStream)}.
     * @return this.
     */
    public EventLogConfig file(final Path file)
    {
        this.file = file;
        this.output = null;
        return this;
    }

    /**
     * @param producerCapacity default events per producer channel (rounded up to a power of two).
     * @return this.
     */
    public EventLogConfig producerCapacity(final int producerCapacity)
    {
        this.producerCapacity = producerCapacity;
        return this;
    }

    /**
     * @param queueReportIntervalMs period of the {@code QUEUE_DEPTH} report, 0 for none but the final one.
     * @return this.
     */
    public EventLogConfig queueReportIntervalMs(final long queueReportIntervalMs)
    {
        this.queueReportIntervalMs = queueReportIntervalMs;
        return this;
    }

    /**
     * @param closeTimeoutMs bound on stopping and joining the logger thread.
     * @return this.
     */
    public EventLogConfig closeTimeoutMs(final long closeTimeoutMs)
    {
        this.closeTimeoutMs = closeTimeoutMs;
        return this;
    }

    /**
     * @param idleStrategy the logger thread's idle strategy by name (default {@code sleep}); it sets how long
     *                     events accumulate between drain passes.
     * @return this.
     */
    public EventLogConfig idleStrategy(final String idleStrategy)
    {
        this.idleStrategy = idleStrategy;
        return this;
    }

    /**
     * @param threadName name of the logger thread.
     * @return this.
     */
    public EventLogConfig threadName(final String threadName)
    {
        this.threadName = threadName;
        return this;
    }

    /**
     * @param nanoClock monotonic clock stamping events ({@code tsNs}) and timing the queue report.
     * @return this.
     */
    public EventLogConfig nanoClock(final NanoClock nanoClock)
    {
        this.nanoClock = nanoClock;
        return this;
    }

    /**
     * @param epochClock wall clock, read once at start to turn monotonic event times into UTC.
     * @return this.
     */
    public EventLogConfig epochClock(final EpochNanoClock epochClock)
    {
        this.epochClock = epochClock;
        return this;
    }

    LogFormat format()
    {
        return format;
    }

    OutputStream output()
    {
        return null == output ? new FileOutputStream(FileDescriptor.err) : output;
    }

    Path file()
    {
        return file;
    }

    int producerCapacity()
    {
        return producerCapacity;
    }

    long queueReportIntervalMs()
    {
        return queueReportIntervalMs;
    }

    long closeTimeoutMs()
    {
        return closeTimeoutMs;
    }

    String idleStrategy()
    {
        return idleStrategy;
    }

    String threadName()
    {
        return threadName;
    }

    NanoClock nanoClock()
    {
        return nanoClock;
    }

    EpochNanoClock epochClock()
    {
        return epochClock;
    }
}
