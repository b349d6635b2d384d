package dev.spindle.replay.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * hft-rs {@code replay_binance} semantics, case by case, with exact quantities (scale 8 mantissas: 100000000 = 1).
 * Prices are scale-8 mantissas; with precision 4, 100.5 (10050000000) is 1005000 ticks.
 */
class FifoModelTest
{
    private static final long ONE = 100_000_000L;
    private static final long P100 = 100 * ONE;
    private static final long P101 = 101 * ONE;

    private final RecordingSink sink = new RecordingSink();
    private final FifoModel model = new FifoModel(new PriceTicks(8, 4), sink);

    @Test
    void shouldSeedOneOrderPerSnapshotLevelBidsThenAsksBestFirst()
    {
        final L2Book book = new L2Book(new Instrument("T", 8, 8), 16);
        book.set(Side.BID, P100, 2 * ONE);
        book.set(Side.BID, P100 + ONE / 2, ONE);
        book.set(Side.ASK, P101, 3 * ONE);

        model.seed(book, 7);

        assertEquals(List.of(
            "snapshot BID 1005000#1 100000000 seq=7",
            "snapshot BID 1000000#1 200000000 seq=7",
            "snapshot ASK 1010000#1 300000000 seq=7"), sink.lines());
        assertFalse(sink.events.get(0).hasTimestamp(), "snapshot events carry no timestamp");
        assertEquals((1005000L << 32) | 1, sink.events.get(0).orderId());
    }

    @Test
    void shouldAddEachIncreaseAsANewOrderAtTheBackWithTheNextId()
    {
        model.level(Side.BID, P100, ONE, 10, 1000);
        model.level(Side.BID, P100, 3 * ONE, 11, 1100);
        model.level(Side.BID, P100, 3 * ONE, 12, 1200);

        assertEquals(List.of(
            "new BID 1000000#1 100000000 seq=10 ts=1000",
            "new BID 1000000#2 200000000 seq=11 ts=1100"), sink.lines(), "an unchanged total emits nothing");
        assertEquals((1000000L << 32) | 2, sink.events.get(1).orderId());
    }

    @Test
    void shouldConsumeDecreasesFromTheFrontAcrossOrders()
    {
        model.level(Side.ASK, P101, ONE, 1, 1);
        model.level(Side.ASK, P101, 3 * ONE, 2, 2);
        model.level(Side.ASK, P101, 6 * ONE, 3, 3);
        sink.clear();

        model.level(Side.ASK, P101, 2 * ONE + ONE / 2, 4, 4);

        assertEquals(List.of(
            "fill ASK 1010000#1 100000000/0 seq=4 ts=4",
            "fill ASK 1010000#2 200000000/0 seq=4 ts=4",
            "fill ASK 1010000#3 50000000/250000000 seq=4 ts=4"), sink.lines());
        assertEquals(1, model.orders());
    }

    @Test
    void shouldRemoveTheLevelWhenItsTotalReachesZeroAndRestartItsIdsWhenCreatedAgain()
    {
        model.level(Side.BID, P100, ONE, 1, 1);
        model.level(Side.BID, P100, 2 * ONE, 2, 2);
        model.level(Side.BID, P100, 0, 3, 3);
        model.level(Side.BID, P100, ONE, 4, 4);

        assertEquals(List.of(
            "new BID 1000000#1 100000000 seq=1 ts=1",
            "new BID 1000000#2 100000000 seq=2 ts=2",
            "fill BID 1000000#1 100000000/0 seq=3 ts=3",
            "fill BID 1000000#2 100000000/0 seq=3 ts=3",
            "new BID 1000000#1 100000000 seq=4 ts=4"), sink.lines(), "ids repeat after a level is re-created");
    }

    @Test
    void shouldIgnoreTheRemovalOfAnUnknownLevel()
    {
        model.level(Side.ASK, P101, 0, 1, 1);

        assertTrue(sink.events.isEmpty());
    }

    @Test
    void shouldReportAnUnderflowWithoutOrderIdWhenADecreaseExceedsTheQueue()
    {
        model.level(Side.BID, P100, ONE, 1, 1);
        model.level(Side.BID, P100, 3 * ONE, 2, 2);
        final int level = model.queues.find(Side.BID, P100);
        sink.clear();

        model.fillFromFront(Side.BID, level, 5 * ONE, 3, 3);

        assertEquals(List.of(
            "fill BID 1000000#1 100000000/0 seq=3 ts=3",
            "fill BID 1000000#2 200000000/0 seq=3 ts=3",
            "underflow BID 1000000 missing=200000000 seq=3 ts=3"), sink.lines());
        assertFalse(sink.events.get(2).hasOrderId());
        assertEquals(1, model.count(EventKind.UNDERFLOW));
    }

    @Test
    void shouldApplyBidsThenAsksInMessageOrderWithTheDiffsIdAndTime()
    {
        final DepthUpdate diff = new DepthUpdate(4).U(5).u(9).E(1_000).T(990);
        diff.a().add(P101, ONE);
        diff.b().add(P100, 2 * ONE);
        diff.b().add(P100 - ONE, ONE);

        model.onDiff(diff);

        assertEquals(List.of(
            "new BID 1000000#1 200000000 seq=9 ts=990",
            "new BID 990000#1 100000000 seq=9 ts=990",
            "new ASK 1010000#1 100000000 seq=9 ts=990"), sink.lines(), "T wins over E when present");
        final DepthUpdate spot = new DepthUpdate(4).U(10).u(10).E(2_000);
        spot.b().add(P100, 3 * ONE);
        model.onDiff(spot);
        assertEquals(2_000, sink.events.get(sink.events.size() - 1).timestampMs(), "E when there is no T");
    }
}
