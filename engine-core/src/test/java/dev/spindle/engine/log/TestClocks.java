package dev.spindle.engine.log;

import org.agrona.concurrent.CachedNanoClock;

/**
 * Settable clocks: monotonic time starts at 0, the epoch clock reads a fixed instant, so event times are exact.
 */
final class TestClocks
{
    final CachedNanoClock nanoClock = new CachedNanoClock();
    private final long epochNs;

    TestClocks(final long epochNs)
    {
        this.epochNs = epochNs;
    }

    EventLogConfig apply(final EventLogConfig config)
    {
        return config.nanoClock(nanoClock).epochClock(() -> epochNs).queueReportIntervalMs(0);
    }

    void advanceNs(final long deltaNs)
    {
        nanoClock.advance(deltaNs);
    }
}
