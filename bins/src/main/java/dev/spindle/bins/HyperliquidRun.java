package dev.spindle.bins;

import java.util.ArrayList;
import java.util.List;

import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.engine.log.EventLog;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.live.HyperliquidFeed;
import dev.spindle.hyperliquid.live.HyperliquidLive;
import dev.spindle.hyperliquid.live.HyperliquidLiveConfig;
import dev.spindle.hyperliquid.live.HyperliquidTap;

/**
 * One run of the Hyperliquid live job: a {@link LiveRun} whose handler is {@link HyperliquidLive}, capturing each
 * coin to {@code <capture-dir>/hyperliquid/<COIN>/<session>/} ({@link CoinTable#captureName} maps spot pairs and
 * builder perps to directory names).
 */
final class HyperliquidRun extends VenueRun<HyperliquidLive>
{
    /** Venue directory name of the capture sessions. */
    static final String VENUE = "hyperliquid";

    private HyperliquidRun(final LiveRun run, final HyperliquidLive live)
    {
        super(run, live);
    }

    /**
     * Open everything and start reading.
     *
     * @param live      handler settings.
     * @param settings  engine, log, metrics and capture settings.
     * @param sharedLog a log to write to (not closed by the run), or null to open one from the settings.
     * @return the running job.
     * @throws RuntimeException whatever failed to open; what was opened before is closed again.
     */
    static HyperliquidRun start(final HyperliquidLiveConfig live, final LiveRun.Settings settings,
        final EventLog sharedLog)
    {
        final List<String> names = new ArrayList<>();
        for (final String coin : live.coins())
        {
            names.add(CoinTable.captureName(coin));
        }
        final HyperliquidLive[] handler = new HyperliquidLive[1];
        final LiveRun run = LiveRun.start(settings, sharedLog, VENUE, names, UpdateIdScanner.NONE,
            (engine, capture, sessions) ->
            {
                final HyperliquidTap tap = null == capture ? HyperliquidTap.NONE :
                    new HyperliquidCaptureTap(capture, sessions);
                handler[0] = HyperliquidLive.create(live, engine, tap);
                return LiveRun.handler(handler[0].feed(), handler[0]::start, handler[0]::close);
            });
        return new HyperliquidRun(run, handler[0]);
    }

    /** @return the engine side of the handler: books, tops, latency. */
    HyperliquidFeed feed()
    {
        return live().feed();
    }
}
