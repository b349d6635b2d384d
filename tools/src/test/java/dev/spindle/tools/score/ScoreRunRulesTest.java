package dev.spindle.tools.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metric rules on a day small enough to follow by hand: one level shown per side, one ask price (10.0000), one
 * message per second. Message 1 (a bid) makes the snapshot; the ask side is empty, so the ask level is known from
 * message 2.
 * <pre>
 *  2-4  new A 100, B 50, C 100          queue [A 100, B 50, C 100]
 *  5    delete C: true ahead 150        fifo fills A (A' gone at 0); front cancels A' (same queue); trades cancels C'
 *  6    execute A 100: true ahead 0     fifo/front: A' gone, last at 0 → error 0; they fill B' 50 + C' 50 (A' not
 *                                       among them: 0 attributed). trades: A' at 0, fills A' → 100 attributed
 *  7    execute B 50: true ahead 0      fifo/front: B' gone at 0 → 0 error, 0 attributed; trades: B' → 50
 *  8-9  new D 100, E 100 (the level emptied at 7, so it is known again)
 *  10   delete D: true ahead 0          everyone has D' at 0; fifo fills D', front cancels D', trades cancels E'
 *                                       (E' leaves with 100 ahead of it)
 *  11   delete E: true ahead 0          fifo/front: E' at 0; trades: E' gone, last at 100 → error 100 (level 100)
 * </pre>
 * True fills 150, cancels 300. fifo: 450 filled, 150 right. Queue events 5: trades' error 100 / 5 = 20 shares, and
 * 1.0 of the level / 5 = 0.2; fifo and front 0. Attribution: trades 150 / 150, fifo and front 0 / 150.
 */
class ScoreRunRulesTest
{
    private static final String[] MESSAGES = {
        "34201.0,1,1,10,90000,1",
        "34202.0,1,2,100,100000,-1",
        "34203.0,1,3,50,100000,-1",
        "34204.0,1,4,100,100000,-1",
        "34205.0,3,4,100,100000,-1",
        "34206.0,4,2,100,100000,-1",
        "34207.0,4,3,50,100000,-1",
        "34208.0,1,5,100,100000,-1",
        "34209.0,1,6,100,100000,-1",
        "34210.0,3,5,100,100000,-1",
        "34211.0,3,6,100,100000,-1",
    };
    private static final long[] ASK_SIZES = {0, 100, 150, 250, 150, 50, 0, 100, 200, 100, 0};

    @TempDir
    static Path dir;
    private static LobsterDay day;

    @BeforeAll
    static void write() throws IOException
    {
        final StringBuilder messages = new StringBuilder();
        final StringBuilder book = new StringBuilder();
        for (int i = 0; i < MESSAGES.length; i++)
        {
            messages.append(MESSAGES[i]).append('\n');
            book.append(ASK_SIZES[i] == 0 ? "9999999999,0" : "100000," + ASK_SIZES[i]).append(",90000,10\n");
        }
        final Path m = Files.writeString(dir.resolve("X_message_1.csv"), messages);
        final Path b = Files.writeString(dir.resolve("X_orderbook_1.csv"), book);
        day = LobsterDay.read(m, b);
    }

    @Test
    void shouldScoreFifo()
    {
        final Scorecard card = ScoreRun.score(day, "fifo", 0);

        assertEquals(150, card.trueFillQty);
        assertEquals(300, card.trueCancelQty);
        assertEquals(450, card.modelFillQty);
        assertEquals(150.0 / 450, card.fillPrecision(), 1e-12);
        assertEquals(0.0, card.cancelRecall());
        assertEquals(5, card.queueEvents);
        assertEquals(0.0, card.queueMaeShares());
        assertEquals(0.0, card.attribution());
    }

    @Test
    void shouldChargeTradesForTheOrderItCancelledInsteadOfTheFront()
    {
        final Scorecard card = ScoreRun.score(day, "trades", 0);

        assertEquals(1.0, card.fillPrecision());
        assertEquals(1.0, card.cancelRecall());
        assertEquals(5, card.queueEvents);
        assertEquals(1, card.queueCarrierGone);
        assertEquals(20.0, card.queueMaeShares());
        assertEquals(0.2, card.queueMaeFraction(), 1e-12);
        assertEquals(1.0, card.attribution());
    }

    @Test
    void shouldScoreFrontAsExactClassesWithFifoPositions()
    {
        final Scorecard card = ScoreRun.score(day, "front", 0);

        assertEquals(150, card.modelFillQty);
        assertEquals(300, card.modelCancelQty);
        assertEquals(0.0, card.queueMaeShares());
        assertEquals(0.0, card.attribution());
    }

    @Test
    void shouldScoreTheSameWhenEveryBucketHoldsOneMessage()
    {
        for (final String model : new String[] {"fifo", "trades", "prob", "front"})
        {
            final Scorecard perMessage = ScoreRun.score(day, model, 0);
            final Scorecard buckets = ScoreRun.score(day, model, 100);

            assertEquals(perMessage.toMapWithoutTime(), buckets.toMapWithoutTime(), model);
            assertTrue(buckets.updates == perMessage.updates, model);
        }
    }
}
