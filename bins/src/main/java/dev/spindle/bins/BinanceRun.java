package dev.spindle.bins;

import java.nio.file.Path;
import java.util.List;

import dev.spindle.binance.live.BinanceFeed;
import dev.spindle.binance.live.BinanceLive;
import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.FrameTap;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.engine.Engine;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.MetricsRegistry;

/**
 * One run of the Binance live job: a {@link LiveRun} whose handler is {@link BinanceLive}, capturing each symbol
 * to {@code <capture-dir>/binance/<SYMBOL>/<session>/}.
 */
final class BinanceRun implements AutoCloseable
{
    /** Venue directory name of the capture sessions. */
    static final String VENUE = "binance";

    private final LiveRun run;
    private final BinanceLive live;

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
        LiveRun.Settings common()
        {
            return new LiveRun.Settings(cpu, idle, logFormat, logFile, metricsIntervalMs, hlogFile, capture);
        }
    }

    private BinanceRun(final LiveRun run, final BinanceLive live)
    {
        this.run = run;
        this.live = live;
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
        final BinanceLive[] live = new BinanceLive[1];
        final LiveRun run = LiveRun.start(settings.common(), sharedLog, VENUE, settings.live().symbols(),
            UpdateIdScanner.BINANCE_DEPTH, (engine, capture, sessions) ->
            {
                final FrameTap tap = null == capture ? FrameTap.NONE :
                    new CaptureTap(capture, sessions, System.currentTimeMillis());
                live[0] = BinanceLive.create(settings.live(), engine, tap);
                return LiveRun.handler(live[0].feed(), live[0]::start, live[0]::close);
            });
        return new BinanceRun(run, live[0]);
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
        return run.engine();
    }

    /** @return counters and latency recorders of the run. */
    MetricsRegistry metrics()
    {
        return run.metrics();
    }

    /** @return the capture sessions in symbol order; empty without capture. */
    List<CaptureSession> sessions()
    {
        return run.sessions();
    }

    /** Stop reading, drain, flush the capture, report, close the log it opened. Idempotent. */
    @Override
    public void close()
    {
        run.close();
    }
}
