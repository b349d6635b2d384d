package dev.spindle.bins;

import java.util.List;

import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.engine.Engine;
import dev.spindle.engine.metrics.MetricsRegistry;

/**
 * What every venue's run shares: a {@link LiveRun} and the venue handler it started. A venue run adds how it starts
 * and its handler's engine side ({@code feed()}).
 *
 * @param <L> the venue handler.
 */
abstract class VenueRun<L> implements AutoCloseable
{
    private final LiveRun run;
    private final L live;

    VenueRun(final LiveRun run, final L live)
    {
        this.run = run;
        this.live = live;
    }

    /** @return the handler. */
    L live()
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

    /** @return the capture sessions in instrument order; empty without capture. */
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
