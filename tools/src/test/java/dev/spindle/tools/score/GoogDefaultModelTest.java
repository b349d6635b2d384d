package dev.spindle.tools.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.spindle.engine.testing.TestData;
import dev.spindle.replay.l3.Models;

/**
 * On the full GOOG 10-level day, the model a replay uses by default when it has trades scores strictly better than
 * {@code fifo} on every metric in 100 ms buckets, and per message on every metric but fill recall, where both are
 * at the ceiling of 1.
 */
class GoogDefaultModelTest
{
    private static final String GOOG = "l3-lobster/LOBSTER_SampleFile_GOOG_2012-06-21_10.zip";

    private static LobsterDay day;

    @BeforeAll
    static void readDay() throws IOException
    {
        day = LobsterDay.readZip(TestData.require(GOOG));
    }

    @Test
    void shouldBeatFifoOnEveryMetricAt100MsBuckets()
    {
        final Scorecard fifo = ScoreRun.score(day, "fifo", 100);
        final Scorecard best = ScoreRun.score(day, Models.DEFAULT_WITH_TRADES, 100);

        final String both = fifo.toMap() + "\n" + best.toMap();
        assertTrue(best.fillRecall() > fifo.fillRecall(), both);
        assertBetterOnTheOtherMetrics(fifo, best, both);
    }

    @Test
    void shouldBeatFifoPerMessageOnEveryMetricButTheFillRecallBothHaveWhole()
    {
        final Scorecard fifo = ScoreRun.score(day, "fifo", 0);
        final Scorecard best = ScoreRun.score(day, Models.DEFAULT_WITH_TRADES, 0);

        final String both = fifo.toMap() + "\n" + best.toMap();
        assertEquals(1.0, fifo.fillRecall(), both);
        assertEquals(1.0, best.fillRecall(), both);
        assertBetterOnTheOtherMetrics(fifo, best, both);
    }

    private static void assertBetterOnTheOtherMetrics(final Scorecard fifo, final Scorecard best, final String both)
    {
        assertTrue(best.fillPrecision() > fifo.fillPrecision(), both);
        assertTrue(Double.isNaN(fifo.cancelPrecision()) && best.cancelPrecision() > 0, both);
        assertTrue(best.cancelRecall() > fifo.cancelRecall(), both);
        assertTrue(best.queueMaeShares() < fifo.queueMaeShares(), both);
        assertTrue(best.queueMaeFraction() < fifo.queueMaeFraction(), both);
        assertTrue(best.attribution() > fifo.attribution(), both);
    }
}
