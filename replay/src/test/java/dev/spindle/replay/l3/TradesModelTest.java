package dev.spindle.replay.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.Side;

class TradesModelTest
{
    private static final long ONE = 100_000_000L;
    private static final long P100 = 100 * ONE;

    private final RecordingSink sink = new RecordingSink();
    private final Trades trades = new Trades();
    private final TradesModel model = new TradesModel(new PriceTicks(8, 4), sink, trades);

    @Test
    void shouldFillFromTheFrontWhatTradesExplainAndCancelTheRestFromTheBack()
    {
        diff(1, 1_000, P100, ONE);
        diff(2, 1_100, P100, 3 * ONE);
        diff(3, 1_200, P100, 6 * ONE);
        trades.add(Side.BID, P100, ONE + ONE / 2, 1_250);
        sink.clear();

        diff(4, 1_300, P100, 2 * ONE);

        assertEquals(List.of(
            "fill BID 1000000#1 100000000/0 seq=4 ts=1300",
            "fill BID 1000000#2 50000000/150000000 seq=4 ts=1300",
            "cancel BID 1000000#3 250000000/50000000 seq=4 ts=1300"), sink.lines());
        assertEquals(ONE + ONE / 2, model.explainedQty());
    }

    @Test
    void shouldExplainWithTradesOfTheMakerSideAndPriceOnly()
    {
        diff(1, 1_000, P100, 2 * ONE);
        trades.add(Side.ASK, P100, ONE, 1_050);
        trades.add(Side.BID, P100 + ONE, ONE, 1_050);
        sink.clear();

        diff(2, 1_100, P100, ONE);

        assertEquals(List.of("cancel BID 1000000#1 100000000/100000000 seq=2 ts=1100"), sink.lines());
    }

    @Test
    void shouldOfferATradeToTheFirstDiffAtOrAfterItAndToTheNextOneOnly()
    {
        diff(1, 1_000, P100, 5 * ONE);
        trades.add(Side.BID, P100, 2 * ONE, 1_010);
        diff(2, 1_100, P100 + ONE, ONE);
        sink.clear();

        diff(3, 1_200, P100, 4 * ONE);
        diff(4, 1_300, P100, 3 * ONE);

        assertEquals(List.of(
            "fill BID 1000000#1 100000000/400000000 seq=3 ts=1200",
            "cancel BID 1000000#1 100000000/300000000 seq=4 ts=1300"), sink.lines(),
            "the trade is carried to the next diff once, then dropped");
        assertEquals(ONE, model.unexplainedQty());
    }

    @Test
    void shouldDropTradesOlderThanASecondBeforeTheDiff()
    {
        diff(1, 1_000, P100, 2 * ONE);
        trades.add(Side.BID, P100, ONE, 2_000);
        sink.clear();

        diff(2, 3_500, P100, ONE);

        assertEquals(List.of("cancel BID 1000000#1 100000000/100000000 seq=2 ts=3500"), sink.lines());
        assertEquals(1, model.staleTrades());
    }

    private void diff(final long u, final long timeMs, final long price, final long qty)
    {
        final DepthUpdate diff = new DepthUpdate(2).U(u).u(u).E(timeMs);
        diff.b().add(price, qty);
        model.onDiff(diff);
    }

    private static final class Trades implements TradeSource
    {
        private final ArrayDeque<long[]> queue = new ArrayDeque<>();

        void add(final Side makerSide, final long price, final long qty, final long timeMs)
        {
            queue.add(new long[] {makerSide.ordinal(), price, qty, timeMs});
        }

        @Override
        public void drainUntil(final long timeMs, final TradeHandler handler)
        {
            while (!queue.isEmpty() && queue.peek()[3] <= timeMs)
            {
                final long[] t = queue.poll();
                handler.onTrade(Side.values()[(int)t[0]], t[1], t[2], t[3]);
            }
        }
    }
}
