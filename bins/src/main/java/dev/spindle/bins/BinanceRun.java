package dev.spindle.bins;

import java.nio.file.Path;

import dev.spindle.binance.live.BinanceFeed;
import dev.spindle.binance.live.BinanceLive;
import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.binance.live.FrameTap;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.LogFormat;

/**
 * One run of the Binance live job: a {@link LiveRun} whose handler is {@link BinanceLive}, capturing each symbol
 * to {@code <capture-dir>/binance/<SYMBOL>/<session>/}.
 */
final class BinanceRun extends VenueRun<BinanceLive>
{
    /** Venue directory name of the capture sessions. */
    static final String VENUE = "binance";

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
        super(run, live);
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
        return live().feed();
    }
}
