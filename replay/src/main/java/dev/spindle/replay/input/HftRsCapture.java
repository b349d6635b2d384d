package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;

/** An hft-rs capture: a REST snapshot file and a file of raw depth frames, one per line. */
final class HftRsCapture extends Capture
{
    private final Path snapshot;
    private final Path diffs;

    HftRsCapture(final Path snapshot, final Path diffs)
    {
        this.snapshot = snapshot;
        this.diffs = diffs;
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.HFTRS;
    }

    @Override
    public String description()
    {
        return "hft-rs capture " + snapshot + " + " + diffs;
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines) throws IOException
    {
        return new HftRsSource(snapshot, diffs, warnings);
    }
}
