package dev.spindle.replay.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.Side;

/**
 * The {@code front} and {@code prob} models, driven through the per-level entry points with whole-unit quantities
 * (price and quantity scale 0) so every split can be checked by hand.
 */
class RefillModelsTest
{
    private static final long P = 100;

    private final RecordingSink sink = new RecordingSink();
    private final Trades trades = new Trades();

    @Test
    void shouldFillEveryTradedUnitFromTheFrontAndAddTheRefillAtTheBack()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 1, 2, 3);
        trades.add(P, 2, 450);

        // The level lost only 1 but 2 traded: 1 unit was refilled within the update.
        update(model, 5, 500, 5);

        assertEquals(List.of(
            "fill BID 100#1 1/0 seq=5 ts=500",
            "fill BID 100#2 1/1 seq=5 ts=500",
            "new BID 100#4 1 seq=5 ts=500"), sink.lines());
        assertEquals(2, model.explainedQty());
    }

    @Test
    void shouldFillTradesAtALevelThatGrew()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 1, 2);
        trades.add(P, 1, 450);

        update(model, 5, 500, 4);

        assertEquals(List.of("fill BID 100#1 1/0 seq=5 ts=500", "new BID 100#3 2 seq=5 ts=500"), sink.lines());
    }

    @Test
    void shouldCancelWhatTradesDoNotExplainFromTheFront()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 2, 2, 2);

        update(model, 5, 500, 3);

        assertEquals(List.of("cancel BID 100#1 2/0 seq=5 ts=500", "cancel BID 100#2 1/1 seq=5 ts=500"),
            sink.lines());
        assertEquals(2, model.orders());
    }

    @Test
    void shouldCancelTheOneOrderOfExactlyTheDecreasedSize()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 1, 2, 3);

        update(model, 5, 500, 4);

        assertEquals(List.of("cancel BID 100#2 2/0 seq=5 ts=500"), sink.lines());
    }

    @Test
    void shouldCancelFromTheFrontWhenSeveralOrdersHaveTheDecreasedSize()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 3, 2, 2);

        update(model, 5, 500, 5);

        assertEquals(List.of("cancel BID 100#1 2/1 seq=5 ts=500"), sink.lines());
    }

    @Test
    void shouldNotTrustTheSizeOfAnOrderShownWithOtherLevels()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 1, 3);
        // The 2 units arrive in an update that also changed another level: a bucket that may merge several orders.
        model.beginUpdate(300);
        model.onLevel(Side.BID, P, 6, 3, 300);
        model.onLevel(Side.BID, P - 1, 5, 3, 300);
        model.endUpdate();
        sink.clear();

        update(model, 5, 500, 4);

        assertEquals(List.of("cancel BID 100#1 1/0 seq=5 ts=500", "cancel BID 100#2 1/2 seq=5 ts=500"),
            sink.lines());
    }

    @Test
    void shouldNotTrustTheSizeOfARefill()
    {
        final FrontModel model = new FrontModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 1, 2);
        // 1 traded and the level grew by 2: the new order of 3 stands for a refill, not for one order.
        trades.add(P, 1, 250);
        update(model, 3, 300, 5);
        sink.clear();

        update(model, 5, 500, 2);

        assertEquals(List.of("cancel BID 100#2 2/0 seq=5 ts=500", "cancel BID 100#3 1/2 seq=5 ts=500"),
            sink.lines());
    }

    @Test
    void shouldSpreadACancelByPosition()
    {
        final ProbQueueModel model = new ProbQueueModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 2, 2, 2);

        // Share ahead of x in a queue of 6: x^2 / (x^2 + (6 - x)^2) = 0.2 at 2, 0.8 at 4, 1 at 6; of a cancel of 3
        // that is round(0.6) = 1, round(2.4) = 2 and 3 cumulated: one unit from each order.
        update(model, 5, 500, 3);

        assertEquals(List.of(
            "cancel BID 100#1 1/1 seq=5 ts=500",
            "cancel BID 100#2 1/1 seq=5 ts=500",
            "cancel BID 100#3 1/1 seq=5 ts=500"), sink.lines());
    }

    @Test
    void shouldPassWhatASplitCannotTakeToTheOrdersBehind()
    {
        final ProbQueueModel model = new ProbQueueModel(new PriceTicks(0, 0), sink, trades);
        queue(model, 1, 4, 1);

        // A cancel of 5 of 6: share ahead at 1 = 1 / (1 + 25), 5 × 1/26 → 0 from #1; at 5 = 25 / 26, 5 × 25/26 = 4.8
        // → 5 cumulated, but #2 holds 4: it gives 4 and passes 1 on to #3, whose own share (5 - 5) is 0.
        update(model, 5, 500, 1);

        assertEquals(List.of("cancel BID 100#2 4/0 seq=5 ts=500", "cancel BID 100#3 1/0 seq=5 ts=500"),
            sink.lines());
        assertEquals(1, model.orders());
    }

    @Test
    void shouldInferTheSameFromADiffAsFromItsLevels()
    {
        final RecordingSink viaDiff = new RecordingSink();
        final FifoModel fromDiff = new FifoModel(new PriceTicks(0, 0), viaDiff);
        final FifoModel fromLevels = new FifoModel(new PriceTicks(0, 0), sink);
        final long[][] steps = {{1, 100, 5, 101, 3}, {2, 100, 2, 101, 7}, {3, 100, 0, 101, 1}};
        for (final long[] s : steps)
        {
            final DepthUpdate diff = new DepthUpdate(2).U(s[0]).u(s[0]).E(s[0] * 100);
            diff.b().add(s[1], s[2]);
            diff.a().add(s[3], s[4]);
            fromDiff.onDiff(diff);
            fromLevels.beginUpdate(s[0] * 100);
            fromLevels.onLevel(Side.BID, s[1], s[2], s[0], s[0] * 100);
            fromLevels.onLevel(Side.ASK, s[3], s[4], s[0], s[0] * 100);
            fromLevels.endUpdate();
        }

        assertEquals(viaDiff.lines(), sink.lines());
    }

    /** Build a bid queue at {@link #P} of the given orders, one update each, then forget their events. */
    private void queue(final L3Model model, final long... qtys)
    {
        long total = 0;
        for (int i = 0; i < qtys.length; i++)
        {
            total += qtys[i];
            update(model, i + 1, (i + 1) * 100, total);
        }
        sink.clear();
    }

    private static void update(final L3Model model, final long sequence, final long timeMs, final long total)
    {
        model.beginUpdate(timeMs);
        model.onLevel(Side.BID, P, total, sequence, timeMs);
        model.endUpdate();
    }

    private static final class Trades implements TradeSource
    {
        private final ArrayDeque<long[]> queue = new ArrayDeque<>();

        void add(final long price, final long qty, final long timeMs)
        {
            queue.add(new long[] {price, qty, timeMs});
        }

        @Override
        public void drainUntil(final long timeMs, final TradeHandler handler)
        {
            while (!queue.isEmpty() && queue.peek()[2] <= timeMs)
            {
                final long[] t = queue.poll();
                handler.onTrade(Side.BID, t[0], t[1], t[2]);
            }
        }
    }
}
