package dev.spindle.replay.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.L2BookDecoder;
import dev.spindle.hyperliquid.codec.L2Snapshot;
import dev.spindle.replay.l3.L3Event;
import dev.spindle.replay.l3.PriceTicks;
import dev.spindle.replay.l3.TradeSource;

/** The counts model's rules, on hand-made snapshots whose expected events are worked out by hand. */
class CountsModelTest
{
    private final CoinTable coins = new CoinTable();
    private final int btc = coins.add("BTC");
    private final Instrument instrument = coins.instrument(btc);
    private final L2BookDecoder decoder = new L2BookDecoder(coins);
    private final L2Snapshot snapshot = new L2Snapshot(20);
    private final Deque<long[]> trades = new ArrayDeque<>();
    private final List<String> events = new ArrayList<>();
    private final CountsModel model = new CountsModel(new PriceTicks(CoinTable.PRICE_SCALE, 4), this::record,
        this::drainTrades);
    private L2SnapshotDiffer differ = differ(20);

    @Test
    void shouldAddNewOrdersAtTheBackSharingTheIncreaseWhenTheCountRises()
    {
        feed(1, "[[100.0,3.0,1]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 snapshot #1 3.0", "ASK 101 snapshot #1 1.0");

        feed(2, "[[100.0,8.0,3]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 new #2 2.5", "BID 100 new #3 2.5");
        assertEquals(3, model.ordersAt(Side.BID, price("100")));
        assertEquals(qty("8"), model.qtyAt(Side.BID, price("100")));
    }

    @Test
    void shouldFillFromTheFrontOfTheQueueOnATrade()
    {
        feed(1, "[[100.0,2.0,1]]", "[[101.0,1.0,1]]");
        feed(2, "[[100.0,5.0,2]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 snapshot #1 2.0", "ASK 101 snapshot #1 1.0", "BID 100 new #2 3.0");

        trade(Side.BID, "100", "3", 3);
        feed(3, "[[100.0,2.0,1]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 fill #1 2.0 left 0.0", "BID 100 fill #2 1.0 left 2.0");

        // A trade the level refilled within the interval: the fill still comes from the front, the refill is new.
        trade(Side.BID, "100", "1", 4);
        feed(4, "[[100.0,2.0,2]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 fill #2 1.0 left 1.0", "BID 100 new #3 1.0");
    }

    @Test
    void shouldCancelTheOrderThatLeftWhenSizeAndCountFallWithoutATrade()
    {
        feed(1, "[[100.0,1.0,1]]", "[[101.0,1.0,1]]");
        feed(2, "[[100.0,3.0,2]]", "[[101.0,1.0,1]]");
        feed(3, "[[100.0,4.0,3]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 snapshot #1 1.0", "ASK 101 snapshot #1 1.0", "BID 100 new #2 2.0",
            "BID 100 new #3 1.0");

        // One order fewer and 2.0 less: the one order of exactly 2.0 left, from the middle of the queue.
        feed(4, "[[100.0,2.0,2]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 cancel #2 2.0 left 0.0");

        // One order fewer and 1.5 less, and no order of 1.5: cancelled from the back, newest first.
        feed(5, "[[100.0,0.5,1]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 cancel #3 1.0 left 0.0", "BID 100 cancel #1 0.5 left 0.5");
        assertEquals(1, model.ordersAt(Side.BID, price("100")));
    }

    @Test
    void shouldReplaceTheNewestOrderWhenSizeRisesAtTheSameCount()
    {
        feed(1, "[[100.0,2.0,1]]", "[[101.0,1.0,1]]");
        feed(2, "[[100.0,5.0,2]]", "[[101.0,1.0,1]]");
        events.clear();

        feed(3, "[[100.0,6.0,2]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 cancel #2 3.0 left 0.0", "BID 100 new #3 4.0");
    }

    @Test
    void shouldParkALevelBeyondTheHorizonWithoutCancelsAndReseedItOnReentry()
    {
        differ = differ(2);
        feed(1, "[[100.0,1.0,1],[99.0,2.0,2]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100 snapshot #1 1.0", "BID 99 snapshot #1 1.0", "BID 99 snapshot #2 1.0",
            "ASK 101 snapshot #1 1.0");

        // 100.5 arrives; 99 is pushed out of the two-level view: not a cancel.
        feed(2, "[[100.5,1.0,1],[100.0,1.0,1]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100.5 new #1 1.0");
        assertEquals(0, model.ordersAt(Side.BID, price("99")));
        assertEquals(1, model.parkedLevels());

        // 100.5 is cancelled inside the view; 99 comes back with an unknown history: seeded, no new or cancel.
        feed(3, "[[100.0,1.0,1],[99.0,3.0,3]]", "[[101.0,1.0,1]]");
        assertEvents("BID 100.5 cancel #1 1.0 left 0.0", "BID 99 snapshot #1 1.0", "BID 99 snapshot #2 1.0",
            "BID 99 snapshot #3 1.0");
        assertEquals(1, model.reseededLevels());
    }

    private L2SnapshotDiffer differ(final int horizonLevels)
    {
        final SnapshotListener forward = new SnapshotListener()
        {
            @Override
            public void onSnapshotLoaded(final L2Snapshot loaded, final L2Book book)
            {
                model.load(differ);
            }

            @Override
            public void onDiff(final SnapshotDiff diff, final L2Book book)
            {
                model.onDiff(diff, differ);
            }

            @Override
            public void onIdentical(final long previousTimeMs, final long timeMs)
            {
                model.onIdentical(timeMs, differ);
            }
        };
        return new L2SnapshotDiffer(btc, new L2Book(instrument, 16), forward, horizonLevels,
            L2SnapshotDiffer.DEFAULT_STALE_AFTER_NS);
    }

    /** Feed a snapshot; sides are {@code [[px,sz,n],...]} with bare decimals. */
    private void feed(final long timeMs, final String bids, final String asks)
    {
        final String body = "{\"coin\":\"BTC\",\"time\":" + timeMs + ",\"levels\":[" + side(bids) + "," +
            side(asks) + "]}";
        final byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        decoder.decodeInfoBody(bytes, 0, bytes.length, snapshot);
        differ.onSnapshot(snapshot, timeMs * 1_000_000L);
    }

    private static String side(final String levels)
    {
        return levels.replaceAll("\\[([0-9.]+),([0-9.]+),([0-9]+)\\]", "{\"px\":\"$1\",\"sz\":\"$2\",\"n\":$3}");
    }

    private void trade(final Side makerSide, final String px, final String sz, final long timeMs)
    {
        trades.add(new long[] {makerSide.ordinal(), price(px), qty(sz), timeMs});
    }

    private void drainTrades(final long untilMs, final TradeSource.TradeHandler handler)
    {
        while (!trades.isEmpty() && trades.peek()[3] <= untilMs)
        {
            final long[] t = trades.poll();
            handler.onTrade(Side.values()[(int)t[0]], t[1], t[2], t[3]);
        }
    }

    private void record(final L3Event event)
    {
        final String price = BigDecimal.valueOf(event.priceTicks(), 4).stripTrailingZeros().toPlainString();
        final long counter = event.orderId() & 0xFFFF_FFFFL;
        events.add(event.side() + " " + price + " " + event.kind().wireName() + " #" + counter + " " +
            instrument.qtyToString(event.qty()) +
            (event.kind().hasRemaining() ? " left " + instrument.qtyToString(event.remaining()) : ""));
    }

    private void assertEvents(final String... expected)
    {
        assertEquals(List.of(expected), events);
        events.clear();
    }

    private static long price(final String px)
    {
        return new BigDecimal(px).movePointRight(CoinTable.PRICE_SCALE).longValueExact();
    }

    private static long qty(final String sz)
    {
        return new BigDecimal(sz).movePointRight(CoinTable.SIZE_SCALE).longValueExact();
    }
}
