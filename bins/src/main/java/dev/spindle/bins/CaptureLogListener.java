package dev.spindle.bins;

import dev.spindle.capture.CaptureListener;
import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventProducer;

/** Turns what the capture reports into structured log events, on the capture thread's own producer. */
final class CaptureLogListener implements CaptureListener
{
    private final EventProducer log;

    /** @param log a producer used by the capture thread only. */
    CaptureLogListener(final EventProducer log)
    {
        this.log = log;
    }

    @Override
    public void onError(final String what, final Throwable cause)
    {
        log.claim(EventCode.ERROR).append(what).commit();
    }

    @Override
    public void onWarning(final String what)
    {
        log.claim(EventCode.WARNING).append(what).commit();
    }

    @Override
    public void onDrop(
        final String sessionDir, final String file, final long count, final long fromEpochNs, final long toEpochNs)
    {
        log.claim(EventCode.WARNING).append("capture dropped frames of ").append(file).append(" in ")
            .append(sessionDir).arg("count", count).commit();
    }

    @Override
    public void onRotate(final String sessionDir, final int part)
    {
        log.claim(EventCode.CAPTURE).append("rotated ").append(sessionDir).arg("part", part).commit();
    }
}
