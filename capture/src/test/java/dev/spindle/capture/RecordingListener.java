package dev.spindle.capture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything a capture reported, for assertions from the test thread. */
public final class RecordingListener implements CaptureListener
{
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();
    public final List<String> drops = new CopyOnWriteArrayList<>();
    public final List<String> rotations = new CopyOnWriteArrayList<>();

    @Override
    public void onError(final String what, final Throwable cause)
    {
        errors.add(what);
    }

    @Override
    public void onWarning(final String what)
    {
        warnings.add(what);
    }

    @Override
    public void onDrop(
        final String sessionDir, final String file, final long count, final long fromEpochNs, final long toEpochNs)
    {
        drops.add(file + " " + count + " " + fromEpochNs + ".." + toEpochNs);
    }

    @Override
    public void onRotate(final String sessionDir, final int part)
    {
        rotations.add(sessionDir + " " + part);
    }
}
