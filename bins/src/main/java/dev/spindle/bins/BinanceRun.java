package dev.spindle.bins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agrona.CloseHelper;

import dev.spindle.binance.live.BinanceFeed;
import dev.spindle.binance.live.BinanceLive;
import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.FrameTap;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;
import dev.spindle.engine.Engine;
import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventLogConfig;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.MetricsReporter;
import dev.spindle.engine.metrics.MetricsRegistry;

/**
 * One run of the Binance live job, wired in the order things depend on each other and closed in reverse: event
 * log, metrics reporter, capture (when asked), the handler's threads and the engine. Closing stops reading first,
 * lets the engine drain what was received, then flushes the capture and finalises its metadata, then writes the
 * metrics summary and closes the log.
 */
final class BinanceRun implements AutoCloseable
{
    /** Venue directory name of the capture sessions. */
    static final String VENUE = "binance";

    private final EventLog log;
    private final boolean ownsLog;
    private final EventProducer control;
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final AtomicBoolean closed = new AtomicBoolean();
    private MetricsReporter reporter;
    private CaptureWriter capture;
    private List<CaptureSession> sessions = List.of();
    private BinanceLive live;
    private Engine engine;

    /**
     * What a run needs, as parsed from the command line.
     *
     * @param live              handler settings.
     * @param cpu               CPU for the engine thread, or {@link dev.spindle.engine.CpuAffinity#NO_CPU}.
     * @param idle              engine idle strategy name.
     * @param logFormat         log output format.
     * @param logFile           log file, or null for stderr.
     * @param metricsIntervalMs metrics report period.
     * @param hlogFile          HdrHistogram interval log, or null.
     * @param capture           capture settings, or null for no capture.
     */
    record Settings(
        BinanceLiveConfig live,
        int cpu,
        String idle,
        LogFormat logFormat,
        Path logFile,
        long metricsIntervalMs,
        Path hlogFile,
        CaptureConfig capture)
    {
    }

    private BinanceRun(final EventLog log, final boolean ownsLog)
    {
        this.log = log;
        this.ownsLog = ownsLog;
        this.control = log.newProducer("spindle");
    }

    /**
     * Open everything and start reading.
     *
     * @param settings  what to run.
     * @param sharedLog a log to write to (not closed by the run), or null to open one from the settings.
     * @return the running job.
     * @throws RuntimeException whatever failed to open; what was opened before is closed again.
     */
    static BinanceRun start(final Settings settings, final EventLog sharedLog)
    {
        final EventLog log = null != sharedLog ? sharedLog : EventLog.start(logConfig(settings));
        final BinanceRun run = new BinanceRun(log, null == sharedLog);
        try
        {
            run.open(settings);
            return run;
        }
        catch (final RuntimeException | Error ex)
        {
            run.close();
            throw ex;
        }
    }

    private void open(final Settings settings)
    {
        reporter = MetricsReporter.start(metrics, log, settings.metricsIntervalMs(), settings.hlogFile());
        FrameTap tap = FrameTap.NONE;
        if (null != settings.capture())
        {
            capture = new CaptureWriter(settings.capture(), new CaptureLogListener(log.newProducer("capture")));
            final List<CaptureSession> opened = new ArrayList<>();
            for (final String symbol : settings.live().symbols())
            {
                opened.add(capture.openSession(VENUE, symbol, UpdateIdScanner.BINANCE_DEPTH));
            }
            sessions = List.copyOf(opened);
            tap = new CaptureTap(capture, sessions, System.currentTimeMillis());
            capture.start();
            control.claim(EventCode.CAPTURE).append("capturing to ").append(settings.capture().toString()).commit();
        }
        final EngineConfig engineConfig = new EngineConfig()
            .name("engine")
            .cpu(settings.cpu())
            .idleStrategy(settings.idle())
            .eventLog(log)
            .metrics(metrics);
        live = BinanceLive.create(settings.live(), engineConfig, tap);
        engine = Engine.start(engineConfig, live.feed());
        live.start();
    }

    /** @return the engine side of the handler: books, tops, latency. */
    BinanceFeed feed()
    {
        return live.feed();
    }

    /** @return the handler. */
    BinanceLive live()
    {
        return live;
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

    /** @return the capture sessions in symbol order; empty without capture. */
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
            CloseHelper.closeAll(live, engine, capture, reporter);
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
