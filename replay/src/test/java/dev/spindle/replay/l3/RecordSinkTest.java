package dev.spindle.replay.l3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.testing.Allocations;

/**
 * A model writing to a {@link RecordSink} hands over the same records, in the same order, as packing the
 * {@link L3Event}s it gives a plain {@link EventSink}.
 */
class RecordSinkTest
{
    private static final long ONE = 100_000_000L;

    @Test
    void shouldHandOverTheRecordsOfThePackedEventsForEveryModel()
    {
        for (final String name : Models.NAMES)
        {
            final RecordingSink events = new RecordingSink();
            final PackingSink records = new PackingSink();

            run(Models.create(name, new PriceTicks(8, 4), events, new Trades()));
            run(Models.create(name, new PriceTicks(8, 4), records, new Trades()));

            final long[] expected = new long[events.events.size() * EventRecords.LONGS];
            for (int i = 0; i < events.events.size(); i++)
            {
                EventRecords.pack(events.events.get(i), expected, i * EventRecords.LONGS);
            }
            final EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            events.events.forEach(e -> kinds.add(e.kind()));
            assertTrue(kinds.containsAll(List.of(EventKind.SNAPSHOT, EventKind.NEW, EventKind.UNDERFLOW)) &&
                (kinds.contains(EventKind.FILL) || kinds.contains(EventKind.CANCEL)), name + " " + kinds);
            assertArrayEquals(expected, records.records(), name);
        }
    }

    @Test
    void shouldCarryAnUnderflowWithoutOrderAsItsMissingQuantity()
    {
        final PackingSink records = new PackingSink();
        final FifoModel model = new FifoModel(new PriceTicks(8, 4), records);
        model.level(Side.ASK, 100 * ONE, ONE, 1, 1);
        final int level = model.queues.find(Side.ASK, 100 * ONE);

        model.fillFromFront(Side.ASK, level, 3 * ONE, 2, 2);

        final long[] underflow = Arrays.copyOfRange(records.records(), 2 * EventRecords.LONGS, 3 * EventRecords.LONGS);
        assertEquals(0, underflow[EventRecords.ORDER_ID]);
        assertEquals(0, underflow[EventRecords.QTY]);
        assertEquals(2 * ONE, underflow[EventRecords.REMAINING_OR_MISSING]);
        assertEquals(EventKind.UNDERFLOW.ordinal() | EventRecords.SIDE_ASK, underflow[EventRecords.FLAGS]);
        assertEquals(((long)level << 32) | 0xFFFF_FFFFL, underflow[EventRecords.REFS]);
    }

    @Test
    void shouldHandOverRecordsWithoutAllocating()
    {
        final PackingSink records = new PackingSink();
        final FifoModel model = new FifoModel(new PriceTicks(8, 4), records);
        final List<DepthUpdate> diffs = SteadyStateAllocationTest.diffs();
        final Consumer<DepthUpdate> apply = model::onDiff;
        diffs.forEach(apply);
        records.rewind();

        Allocations.assertAllocatesNothing(() ->
        {
            diffs.forEach(apply);
            records.rewind();
        });
    }

    /** Seed, 400 diffs that grow and shrink levels, then fills beyond a queue (an underflow) on each side. */
    private static void run(final L3Model model)
    {
        final L2Book book = new L2Book(new Instrument("T", 8, 8), 64);
        for (int i = 0; i < 10; i++)
        {
            book.set(Side.BID, (90 - i) * ONE, (i + 1) * ONE);
            book.set(Side.ASK, (110 + i) * ONE, (i + 1) * ONE);
        }
        model.seed(book, 7);
        SteadyStateAllocationTest.diffs().forEach(model::onDiff);
        for (final Side side : Side.values())
        {
            final long price = side == Side.BID ? 60 * ONE : 140 * ONE;
            model.level(side, price, ONE, 9_999, 99_999);
            model.fillFromFront(side, model.queues.find(side, price), 4 * ONE, 10_000, 100_000);
        }
    }

    /** Trades at a few prices every 50 ms, from time 0, for the models that read trades. */
    private static final class Trades implements TradeSource
    {
        private long clockMs;

        @Override
        public void drainUntil(final long timeMs, final TradeHandler handler)
        {
            while (clockMs + 50 <= timeMs)
            {
                clockMs += 50;
                final long price = (60 + (clockMs / 50) % 40) * ONE;
                handler.onTrade((clockMs / 50) % 2 == 0 ? Side.BID : Side.ASK, price, ONE / 4, clockMs);
            }
        }
    }

    /** Keeps every record in a growing array; refuses events handed over as objects. */
    private static final class PackingSink implements RecordSink
    {
        private long[] data = new long[1024];
        private int size;

        @Override
        public void onEvent(final L3Event event)
        {
            throw new AssertionError("a record sink was given an event object: " + event);
        }

        @Override
        public void onRecord(
            final long sequence, final long timestampMs, final long priceTicks, final long orderId, final long qty,
            final long remainingOrMissing, final long flags, final long refs)
        {
            if (size + EventRecords.LONGS > data.length)
            {
                data = Arrays.copyOf(data, data.length * 2);
            }
            EventRecords.put(data, size, sequence, timestampMs, priceTicks, orderId, qty, remainingOrMissing, flags,
                refs);
            size += EventRecords.LONGS;
        }

        long[] records()
        {
            return Arrays.copyOf(data, size);
        }

        void rewind()
        {
            size = 0;
        }
    }
}
