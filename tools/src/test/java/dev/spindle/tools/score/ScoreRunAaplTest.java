package dev.spindle.tools.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.spindle.engine.testing.TestData;

/**
 * Scores the models on the first 45 messages of the AAPL sample, per message, against expectations worked out by
 * hand from the files (message numbers are 1-based lines):
 * <ul>
 * <li>Book row 1 is the snapshot; the truth starts at message 2. Message 34 deletes order 16113575 at bid 585.33,
 * which rested since message 1 (before the truth starts), so that level is never known and not scored.</li>
 * <li>Scored cancels (type 3, 18 shares each), every one on a level known since a new order arrived at a price the
 * previous row showed empty: 9 (bid 585.31), 10 (bid 585.32), 11 (ask 585.91), 12 (ask 585.93, the front order of
 * [16120503 18, 16166035 100]), 13 (ask 585.92), 33 (bid 585.36), 35 (bid 585.35): 7 × 18 = 126 shares.</li>
 * <li>Scored fills (type 4): 36 (40 at ask 585.74), 37 and 40 (25 + 25 of 3570647, front of ask 585.75
 * [3570647 50, 3647221 5, 3647222 7, 5230851 20]), 38 and 39 (1 + 10 of 3647217 at bid 585.73), 41 (5), 42 (7),
 * 43 (20) emptying ask 585.75, 44 (25) and 45 (20) at ask 585.78 [1373927 25, 1601225 20]: 178 shares.</li>
 * <li>Every one of those 17 events is on the order at the front of its queue, so the true quantity ahead is 0 each
 * time; each model has the order linked to the inferred order its arrival created and, as no level here ever holds
 * an order ahead of the one that leaves, also puts 0 ahead: the queue error is 0 for every model.</li>
 * <li>{@code fifo} calls every decrease a fill: 126 + 178 = 304 shares filled, 178 of them truly fills (precision
 * 178 / 304), recall 1, no cancel. {@code trades} and {@code front} use the executions' prints: fills and cancels
 * exactly right. Every fill is taken from the front, which is the executed order: attribution 1 for all.</li>
 * </ul>
 */
class ScoreRunAaplTest
{
    private static final String MESSAGES = "l3-lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv";
    private static final String ORDERBOOK = "l3-lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv";
    private static final int ROWS = 45;

    private static LobsterDay day;

    @BeforeAll
    static void read() throws IOException
    {
        day = LobsterDay.read(TestData.require(MESSAGES), TestData.require(ORDERBOOK), ROWS);
    }

    @Test
    void shouldReadTheSliceWithExactTimesAndBookRows()
    {
        assertEquals(ROWS, day.count());
        assertEquals(10, day.levels());
        assertEquals(34200_004241176L, day.timeNs(0));
        assertEquals(LobsterDay.EXECUTE, day.type(35));
        assertEquals(5740544, day.orderId(35));
        assertEquals(5857400, day.price(35));
        assertEquals(false, day.isBid(35));
        assertEquals(5857500, day.levelPrice(35, false, 0));
        assertEquals(82, day.qty(35, false, 0));
        assertTrue(day.provesEmpty(16, false, 5857400));
    }

    @Test
    void shouldScoreFifoAsAllFills()
    {
        final Scorecard card = ScoreRun.score(day, "fifo", 0);

        assertEquals(178, card.trueFillQty);
        assertEquals(126, card.trueCancelQty);
        assertEquals(304, card.modelFillQty);
        assertEquals(0, card.modelCancelQty);
        assertEquals(178.0 / 304, card.fillPrecision(), 1e-12);
        assertEquals(1.0, card.fillRecall());
        assertTrue(Double.isNaN(card.cancelPrecision()));
        assertEquals(0.0, card.cancelRecall());
        assertEquals(17, card.queueEvents);
        assertEquals(0.0, card.queueMaeShares());
        assertEquals(178, card.executedQty);
        assertEquals(1.0, card.attribution());
    }

    @Test
    void shouldScoreTradesAndFrontAsExact()
    {
        for (final String model : new String[] {"trades", "front"})
        {
            final Scorecard card = ScoreRun.score(day, model, 0);

            assertEquals(178, card.modelFillQty, model);
            assertEquals(126, card.modelCancelQty, model);
            assertEquals(1.0, card.fillPrecision(), model);
            assertEquals(1.0, card.fillRecall(), model);
            assertEquals(1.0, card.cancelPrecision(), model);
            assertEquals(1.0, card.cancelRecall(), model);
            assertEquals(17, card.queueEvents, model);
            assertEquals(0.0, card.queueMaeShares(), model);
            assertEquals(1.0, card.attribution(), model);
        }
    }
}
