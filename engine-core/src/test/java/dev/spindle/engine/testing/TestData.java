package dev.spindle.engine.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real recordings in {@code ../shared/data} for tests.
 * <p>
 * The parent pom passes {@code spindle.data.dir}. When the directory is missing the test is skipped with a
 * visible message, unless {@code spindle.data.required=true} (set by {@code .ci/run}), in which case it fails.
 */
public final class TestData
{
    private TestData()
    {
    }

    /**
     * @param relative path below the data directory, e.g. {@code binance-spot/ethusdt_20240808.gz}.
     * @return the existing file or directory; skips or fails the calling test otherwise.
     */
    public static Path require(final String relative)
    {
        final String dir = System.getProperty("spindle.data.dir", "../../shared/data");
        final Path path = Path.of(dir).resolve(relative).toAbsolutePath().normalize();
        if (Files.exists(path))
        {
            return path;
        }
        final String message = "real-data file missing: " + path + " (set -Dspindle.data.dir=<shared/data>)";
        if (Boolean.getBoolean("spindle.data.required"))
        {
            fail(message + "; spindle.data.required=true makes it mandatory");
        }
        System.err.println("SKIPPED " + message);
        Assumptions.abort(message);
        return path;
    }
}
