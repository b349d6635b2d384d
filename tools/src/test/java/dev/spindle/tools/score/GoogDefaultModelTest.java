package dev.spindle.tools.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.testing.TestData;
import dev.spindle.replay.l3.Models;

/**
 * On the full GOOG 10-level day in 100 ms buckets, the model a replay uses by default when it has trades scores
 * strictly better than {@code fifo} on every metric.
 */
class GoogDefaultModelTest
{
    private static final String GOOG = "l3-lobster/LOBSTER_SampleFile_GOOG_2012-06-21_10.zip";

    @Test
    void shouldBeatFifoOnEveryMetricAt100MsBuckets() throws IOException
    {
        final LobsterDay day = LobsterDay.readZip(TestData.require(GOOG));

        final Scorecard fifo = ScoreRun.score(day, "fifo", 100);
        final Scorecard best = ScoreRun.score(day, Models.DEFAULT_WITH_TRADES, 100);

        final String both = fifo.toMap() + "\n" + best.toMap();
        assertTrue(best.fillPrecision() > fifo.fillPrecision(), both);
        assertTrue(best.fillRecall() > fifo.fillRecall(), both);
        assertTrue(Double.isNaN(fifo.cancelPrecision()) && best.cancelPrecision() > 0, both);
        assertTrue(best.cancelRecall() > fifo.cancelRecall(), both);
        assertTrue(best.queueMaeShares() < fifo.queueMaeShares(), both);
        assertTrue(best.queueMaeFraction() < fifo.queueMaeFraction(), both);
        assertTrue(best.attribution() > fifo.attribution(), both);
    }
}
