package dev.spindle.capture.writer;

/** State shared by a writer, its capture thread and its producers. */
final class CaptureStatus
{
    private volatile boolean stopped;

    /** @return whether producers must refuse everything (closing or failed). */
    boolean isStopped()
    {
        return stopped;
    }

    void stop()
    {
        stopped = true;
    }
}
