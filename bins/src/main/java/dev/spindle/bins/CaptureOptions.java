package dev.spindle.bins;

import java.nio.file.Path;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.Compression;
import dev.spindle.capture.Rotation;
import picocli.CommandLine.Option;

/**
 * The capture flags shared by the venue commands ({@code --capture-dir} and friends, names from
 * {@link CaptureConfig}); without {@code --capture-dir} nothing is captured.
 */
public final class CaptureOptions
{
    @Option(names = CaptureConfig.FLAG_DIR, paramLabel = "DIR",
        description = "capture every raw frame, snapshot and checkpoint under DIR/<venue>/<SYMBOL>/<session>/.")
    private Path captureDir;

    @Option(names = CaptureConfig.FLAG_SESSION, paramLabel = "NAME",
        description = "session directory name (default: UTC start time yyyyMMdd-HHmmss).")
    private String session;

    @Option(names = CaptureConfig.FLAG_CHECKPOINT_INTERVAL, paramLabel = "DURATION", defaultValue = "5m",
        description = "REST checkpoint snapshot interval, 0 = off (default: ${DEFAULT-VALUE}).")
    private String checkpointInterval;

    @Option(names = CaptureConfig.FLAG_FLUSH_MS, paramLabel = "MS", defaultValue = "1000",
        description = "flush interval in ms, bounds what a crash loses (default: ${DEFAULT-VALUE}).")
    private long flushMs;

    @Option(names = CaptureConfig.FLAG_ROTATE, paramLabel = "none|hourly|daily", defaultValue = "none",
        description = "cut files into numbered parts (default: ${DEFAULT-VALUE}).")
    private String rotate;

    @Option(names = CaptureConfig.FLAG_COMPRESS, paramLabel = "none|gzip", defaultValue = "none",
        description = "compress rotated parts (default: ${DEFAULT-VALUE}).")
    private String compress;

    /**
     * @param startEpochMs the run's start, which names the default session.
     * @return the validated capture settings, or null when {@code --capture-dir} was not given.
     * @throws IllegalArgumentException one line naming the flag at fault.
     */
    public CaptureConfig toConfig(final long startEpochMs)
    {
        if (null == captureDir)
        {
            return null;
        }
        return CaptureConfig.builder()
            .captureDir(captureDir)
            .session(session)
            .checkpointIntervalMs(CaptureConfig.parseDurationMs(CaptureConfig.FLAG_CHECKPOINT_INTERVAL,
                checkpointInterval))
            .flushMs(flushMs)
            .rotate(Rotation.parse(rotate))
            .compress(Compression.parse(compress))
            .build(startEpochMs);
    }
}
