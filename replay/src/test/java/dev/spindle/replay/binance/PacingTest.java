package dev.spindle.replay.binance;

import static dev.spindle.replay.binance.Fixtures.diff;
import static dev.spindle.replay.binance.Fixtures.levels;
import static dev.spindle.replay.binance.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.replay.ReplayOptions;

class PacingTest
{
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldHoldDiffsBackToTheirExchangeTimesDividedByTheSpeed() throws IOException
    {
        final List<String> diffs = new ArrayList<>();
        for (int i = 1; i <= 5; i++)
        {
            diffs.add(diff(100 + i, 100 + i, 1_717_000_000_000L + i * 200, levels("100.00000000", i + ".0"),
                levels()));
        }
        final Path snapshot = Fixtures.write(dir.resolve("snapshot.json"), snapshot(100,
            levels("100.00000000", "1.0"), levels("101.00000000", "1.0")));
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs);

        final long startNs = System.nanoTime();
        final Fixtures.Run run = Fixtures.run(new ReplayOptions().snapshot(snapshot).diffs(diffsFile)
            .model(ReplayOptions.Model.NONE).speed(2));
        final long elapsedMs = (System.nanoTime() - startNs) / 1_000_000;

        assertEquals(5, run.result().diffsApplied());
        assertTrue(elapsedMs >= 400, "800 ms of exchange time at speed 2 takes at least 400 ms: " + elapsedMs);
    }
}
