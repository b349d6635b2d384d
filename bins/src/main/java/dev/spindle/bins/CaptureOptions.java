package dev.spindle.bins;

import java.nio.file.Path;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.Compression;
import dev.spindle.capture.Rotation;
import picocli.CommandLine.Option;

/**
 * The capture flags shared by the venue commands ({@code --capture-dir} and friends, names from
 * {@link CaptureConfig}); without {@code --capture-dir} nothing is captured, and another capture flag is an error
 * rather than silently ignored. Defaults are applied by {@link CaptureConfig.Builder}.
 */
public final class CaptureOptions
{
    @Option(names = CaptureConfig.FLAG_DIR, paramLabel = "DIR",
        description = "capture every raw frame, snapshot and checkpoint under DIR/<venue>/<SYMBOL>/<session>/.")
    private Path captureDir;

    @Option(names = CaptureConfig.FLAG_SESSION, paramLabel = "NAME",
        description = "session directory name (default: UTC start time yyyyMMdd-HHmmss).")
    private String session;

    @Option(names = CaptureConfig.FLAG_CHECKPOINT_INTERVAL, paramLabel = "DURATION",
        description = "REST checkpoint snapshot interval, 0 = off (default: 5m).")
    private String checkpointInterval;

    @Option(names = CaptureConfig.FLAG_FLUSH_MS, paramLabel = "MS",
        description = "flush interval in ms, bounds what a crash loses (default: 1000).")
    private Long flushMs;

    @Option(names = CaptureConfig.FLAG_ROTATE, paramLabel = "none|hourly|daily",
        description = "cut files into numbered parts (default: none).")
    private String rotate;

    @Option(names = CaptureConfig.FLAG_COMPRESS, paramLabel = "none|gzip",
        description = "compress rotated parts (default: none).")
    private String compress;

    /**
     * @param startEpochMs the run's start, which names the default session.
     * @return the validated capture settings, or null when {@code --capture-dir} was not given.
     * @throws IllegalArgumentException one line naming the flag at fault, also a capture flag without
     *                                  {@code --capture-dir}.
     */
    public CaptureConfig toConfig(final long startEpochMs)
    {
        if (null == captureDir)
        {
            final String orphan = null != session ? CaptureConfig.FLAG_SESSION :
                null != checkpointInterval ? CaptureConfig.FLAG_CHECKPOINT_INTERVAL :
                null != flushMs ? CaptureConfig.FLAG_FLUSH_MS :
                null != rotate ? CaptureConfig.FLAG_ROTATE :
                null != compress ? CaptureConfig.FLAG_COMPRESS : null;
            if (null != orphan)
            {
                throw new IllegalArgumentException(orphan + ": only applies with " + CaptureConfig.FLAG_DIR +
                    ", which is not given");
            }
            return null;
        }
        final CaptureConfig.Builder builder = CaptureConfig.builder().captureDir(captureDir).session(session);
        if (null != checkpointInterval)
        {
            builder.checkpointIntervalMs(
                CaptureConfig.parseDurationMs(CaptureConfig.FLAG_CHECKPOINT_INTERVAL, checkpointInterval));
        }
        if (null != flushMs)
        {
            builder.flushMs(flushMs);
        }
        if (null != rotate)
        {
            builder.rotate(Rotation.parse(rotate));
        }
        if (null != compress)
        {
            builder.compress(Compression.parse(compress));
        }
        return builder.build(startEpochMs);
    }
}
