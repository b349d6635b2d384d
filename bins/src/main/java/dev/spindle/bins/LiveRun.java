package dev.spindle.bins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agrona.CloseHelper;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;
import dev.spindle.engine.Engine;
import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.FeedHandler;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventLogConfig;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.MetricsReporter;
import dev.spindle.engine.metrics.MetricsRegistry;

/**
 * One run of a live venue job, whatever the venue, wired in the order things depend on each other and closed in
 * reverse: event log, metrics reporter, capture (when asked: one session per book under
 * {@code <capture-dir>/<venue>/<symbol>/<session>/}), the venue handler's threads and the engine. Closing stops
 * reading first, lets the engine drain what was received, then flushes the capture and finalises its metadata,
 * then writes the metrics summary and closes the log.
 */
final class LiveRun implements AutoCloseable
{
    /**
     * What every live run needs besides the venue's own settings, as parsed from the command line.
     *
     * @param cpu               CPU for the engine thread, or {@link dev.spindle.engine.CpuAffinity#NO_CPU}.
     * @param idle              engine idle strategy name.
     * @param logFormat         log output format.
     * @param logFile           log file, or null for stderr.
     * @param metricsIntervalMs metrics report period.
     * @param hlogFile          HdrHistogram interval log, or null.
     * @param capture           capture settings, or null for no capture.
     */
    record Settings(
        int cpu,
        String idle,
        LogFormat logFormat,
        Path logFile,
        long metricsIntervalMs,
        Path hlogFile,
        CaptureConfig capture)
    {
    }

    /** The venue's handler as the run drives it. */
    interface Handler extends AutoCloseable
    {
        /** @return the engine side, polled by the engine thread. */
        FeedHandler feed();

        /** Start the handler's own threads; called once the engine runs. */
        void start();

        /** Stop reading; the engine is closed afterwards and drains what was received. Idempotent. */
        @Override
        void close();
    }

    /**
     * @param feed  the engine side.
     * @param start starts the handler's threads.
     * @param close stops reading.
     * @return a handler made of these three.
     */
    static Handler handler(final FeedHandler feed, final Runnable start, final Runnable close)
    {
        return new Handler()
        {
            @Override
            public FeedHandler feed()
            {
                return feed;
            }

            @Override
            public void start()
            {
                start.run();
            }

            @Override
            public void close()
            {
                close.run();
            }
        };
    }

    /** Makes the venue's handler once the log, metrics and capture are open. */
    @FunctionalInterface
    interface HandlerFactory
    {
        /**
         * @param engine   the engine's configuration (event log, metrics, cycle clock).
         * @param capture  the started capture, or null without capture.
         * @param sessions one capture session per book, in the handler's book order; empty without capture.
         * @return the wired handler, not started.
         */
        Handler create(EngineConfig engine, CaptureWriter capture, List<CaptureSession> sessions);
    }

    private final EventLog log;
    private final boolean ownsLog;
    private final EventProducer control;
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final AtomicBoolean closed = new AtomicBoolean();
    private MetricsReporter reporter;
    private CaptureWriter capture;
    private List<CaptureSession> sessions = List.of();
    private Handler handler;
    private Engine engine;

    private LiveRun(final EventLog log, final boolean ownsLog)
    {
        this.log = log;
        this.ownsLog = ownsLog;
        this.control = log.newProducer("spindle");
    }

    /**
     * Open everything and start reading.
     *
     * @param settings       what to run.
     * @param sharedLog      a log to write to (not closed by the run), or null to open one from the settings.
     * @param venue          venue directory of the capture sessions, e.g. {@code binance}.
     * @param captureNames   one capture directory name per book, in the handler's book order.
     * @param scanner        finds update ids in captured frames.
     * @param factory        makes the venue handler.
     * @return the running job.
     * @throws RuntimeException whatever failed to open; what was opened before is closed again.
     */
    static LiveRun start(
        final Settings settings,
        final EventLog sharedLog,
        final String venue,
        final List<String> captureNames,
        final UpdateIdScanner scanner,
        final HandlerFactory factory)
    {
        final EventLog log = null != sharedLog ? sharedLog : EventLog.start(logConfig(settings));
        final LiveRun run = new LiveRun(log, null == sharedLog);
        try
        {
            run.open(settings, venue, captureNames, scanner, factory);
            return run;
        }
        catch (final RuntimeException | Error ex)
        {
            run.close();
            throw ex;
        }
    }

    private void open(
        final Settings settings,
        final String venue,
        final List<String> captureNames,
        final UpdateIdScanner scanner,
        final HandlerFactory factory)
    {
        reporter = MetricsReporter.start(metrics, log, settings.metricsIntervalMs(), settings.hlogFile());
        if (null != settings.capture())
        {
            capture = new CaptureWriter(settings.capture(), new CaptureLogListener(log.newProducer("capture")));
            final List<CaptureSession> opened = new ArrayList<>();
            for (final String name : captureNames)
            {
                opened.add(capture.openSession(venue, name, scanner));
            }
            sessions = List.copyOf(opened);
            capture.start();
            control.claim(EventCode.CAPTURE).append("capturing to ").append(settings.capture().toString()).commit();
        }
        final EngineConfig engineConfig = new EngineConfig()
            .name("engine")
            .cpu(settings.cpu())
            .idleStrategy(settings.idle())
            .eventLog(log)
            .metrics(metrics);
        handler = factory.create(engineConfig, capture, sessions);
        engine = Engine.start(engineConfig, handler.feed());
        handler.start();
    }

    /** @return the engine. */
    Engine engine()
    {
        return engine;
    }

    /** @return counters and latency recorders of the run. */
    MetricsRegistry metrics()
    {
        return metrics;
    }

    /** @return the capture sessions in book order; empty without capture. */
    List<CaptureSession> sessions()
    {
        return sessions;
    }

    /**
     * Stop reading, drain the engine, flush the capture and finalise its metadata, write the metrics summary,
     * close the log if the run opened it. Idempotent; safe from a signal-handling thread.
     */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        control.claim(EventCode.SHUTDOWN).append("closing: stop reading, drain, flush capture").commit();
        try
        {
            CloseHelper.closeAll(handler, engine, capture, reporter);
        }
        finally
        {
            if (ownsLog)
            {
                log.close();
            }
        }
    }

    private static EventLogConfig logConfig(final Settings settings)
    {
        final EventLogConfig config = new EventLogConfig().format(settings.logFormat());
        if (null != settings.logFile())
        {
            config.file(settings.logFile());
        }
        return config;
    }
}
