package dev.spindle.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class L2BookTest
{
    private final Instrument instrument = new Instrument("ETHUSDT", 8, 8);

    @Test
    void shouldKeepBestPricesAtTheTopFromBothSides()
    {
        final L2Book book = new L2Book(instrument, 4);
        book.set(Side.BID, 100, 1);
        book.set(Side.BID, 102, 2);
        book.set(Side.BID, 101, 3);
        book.set(Side.ASK, 105, 4);
        book.set(Side.ASK, 103, 5);
        book.set(Side.ASK, 104, 6);

        assertEquals(102, book.bestPrice(Side.BID));
        assertEquals(2, book.bestQty(Side.BID));
        assertEquals(103, book.bestPrice(Side.ASK));
        assertEquals(5, book.bestQty(Side.ASK));
        assertEquals(101, book.priceAt(Side.BID, 1));
        assertEquals(100, book.priceAt(Side.BID, 2));
        assertEquals(104, book.priceAt(Side.ASK, 1));
        assertEquals(6, book.qtyAt(Side.ASK, 1));
        assertEquals(105, book.priceAt(Side.ASK, 2));
        assertEquals(3, book.depth(Side.BID));
        assertEquals(3, book.qtyOf(Side.BID, 101));
        assertEquals(0, book.qtyOf(Side.BID, 99));
        assertThrows(IndexOutOfBoundsException.class, () -> book.priceAt(Side.BID, 3));
    }

    @Test
    void shouldReportWhatEachSetDid()
    {
        final L2Book book = new L2Book(instrument, 4);
        assertEquals(L2Book.INSERTED, book.set(Side.BID, 100, 1));
        assertEquals(L2Book.UPDATED, book.set(Side.BID, 100, 7));
        assertEquals(7, book.bestQty(Side.BID));
        assertEquals(L2Book.REMOVED, book.set(Side.BID, 100, 0));
        assertEquals(L2Book.UNKNOWN_REMOVAL, book.set(Side.BID, 100, 0));
        assertEquals(L2Book.UNKNOWN_REMOVAL, book.set(Side.ASK, 100, 0));
        assertEquals(2, book.unknownRemovals());
        assertEquals(0, book.depth(Side.BID));
        assertEquals(L2Book.NO_PRICE, book.bestPrice(Side.BID));
        assertEquals(0, book.bestQty(Side.ASK));
        assertThrows(IllegalArgumentException.class, () -> book.set(Side.BID, 100, -1));
    }

    @Test
    void shouldGrowOnlyWhenCapacityIsExceeded()
    {
        final L2Book book = new L2Book(instrument, 2);
        book.set(Side.ASK, 10, 1);
        book.set(Side.ASK, 11, 1);
        assertEquals(2, book.capacity(Side.ASK));
        book.set(Side.ASK, 9, 1);
        assertEquals(4, book.capacity(Side.ASK));
        assertEquals(9, book.bestPrice(Side.ASK));
        assertEquals(11, book.priceAt(Side.ASK, 2));
        book.clear();
        assertEquals(0, book.depth(Side.ASK));
        assertEquals(4, book.capacity(Side.ASK));
    }

    @Test
    void shouldFollowAMarketTrendingThroughAFullBookWithoutGrowing()
    {
        final L2Book book = new L2Book(instrument, 8);
        final OracleBook oracle = new OracleBook();
        for (long price = 100; price < 10_000; price++)
        {
            // Six-level windows sliding up: bids gain new best levels and lose the worst; asks gain new worst
            // levels and lose the best. Both keep replacing levels at opposite ends of their arrays.
            for (final Side side : Side.values())
            {
                assertEquals(oracle.set(side, price, price), book.set(side, price, price));
                if (book.depth(side) > 6)
                {
                    final long dropped = side == Side.BID ? book.priceAt(side, 6) : book.bestPrice(side);
                    assertEquals(oracle.set(side, dropped, 0), book.set(side, dropped, 0));
                }
            }
            assertNull(oracle.differenceFrom(book), "at " + price);
        }
        assertEquals(8, book.capacity(Side.BID));
        assertEquals(8, book.capacity(Side.ASK));
    }

    @Test
    void shouldAgreeWithTheTreeMapOracleOverAMillionRandomOperations()
    {
        final SplittableRandom random = new SplittableRandom(42);
        final L2Book book = new L2Book(instrument, 16);
        final OracleBook oracle = new OracleBook();
        final long mid = 2683_80000000L;
        final long tick = 1000000L;
        for (int op = 1; op <= 1_000_000; op++)
        {
            final Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            // Mostly near the touch, sometimes deep: the shape of real diffs.
            final long distance = random.nextInt(10) < 8 ? random.nextInt(50) : random.nextInt(5000);
            final long price = side == Side.BID ? mid - distance * tick : mid + tick + distance * tick;
            final long qty = random.nextInt(3) == 0 ? 0 : random.nextLong(1, 1_000_000_000_000L);
            assertEquals(oracle.set(side, price, qty), book.set(side, price, qty), "op " + op);
            if (op % 10_000 == 0)
            {
                assertNull(oracle.differenceFrom(book), "after op " + op);
            }
        }
        assertNull(oracle.differenceFrom(book));
    }

    @Test
    void shouldAgreeWithTheOracleOnUnevenlySpacedAndExtremePrices()
    {
        // Skewed and extreme prices must still find every level.
        final SplittableRandom random = new SplittableRandom(7);
        final L2Book book = new L2Book(instrument, 16);
        final OracleBook oracle = new OracleBook();
        for (int op = 1; op <= 200_000; op++)
        {
            final Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            final long price;
            switch (random.nextInt(4))
            {
                case 0:
                    price = 1L << random.nextInt(63);
                    break;
                case 1:
                    price = Long.MAX_VALUE - random.nextInt(1000);
                    break;
                case 2:
                    price = random.nextInt(100);
                    break;
                default:
                    price = random.nextLong(0, Long.MAX_VALUE);
                    break;
            }
            final long qty = random.nextInt(3) == 0 ? 0 : random.nextLong(1, 1_000_000L);
            assertEquals(oracle.set(side, price, qty), book.set(side, price, qty), "op " + op + " price " + price);
            if (op % 5_000 == 0)
            {
                assertNull(oracle.differenceFrom(book), "after op " + op);
            }
        }
        assertNull(oracle.differenceFrom(book));
    }

    @Test
    void shouldAgreeWithTheOracleWhileRemovedLevelsLeaveHolesAndReadsJumpAround()
    {
        // Deep removes leave holes that later inserts fill or that a compaction squeezes out; reads by position
        // walk forward, repeat and jump back between changes. Both must match the oracle at every check, and a
        // side that never holds more than 1,000 levels must never grow past its 2,048 slots.
        final SplittableRandom random = new SplittableRandom(11);
        final L2Book book = new L2Book(instrument, 2048);
        final OracleBook oracle = new OracleBook();
        final long mid = 50_000;
        for (int op = 1; op <= 300_000; op++)
        {
            final Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            final long distance = (long)(1000 * Math.pow(random.nextDouble(), 2.2));
            final long price = side == Side.BID ? mid - distance : mid + 1 + distance;
            final long qty = random.nextInt(10) < 4 ? 0 : random.nextLong(1, 1_000_000L);
            assertEquals(oracle.set(side, price, qty), book.set(side, price, qty), "op " + op);
            if (op % 97 == 0)
            {
                final long[][] levels = oracle.levels(side);
                assertEquals(levels.length, book.depth(side), "depth after op " + op);
                for (int read = 0; read < 4 && levels.length > 0; read++)
                {
                    final int level = random.nextInt(levels.length);
                    assertEquals(levels[level][0], book.priceAt(side, level), "price of level " + level);
                    assertEquals(levels[level][1], book.qtyAt(side, level), "qty of level " + level);
                    assertEquals(levels[level][1], book.qtyOf(side, levels[level][0]), "qtyOf level " + level);
                }
            }
            if (op % 10_000 == 0)
            {
                assertNull(oracle.differenceFrom(book), "after op " + op);
            }
        }
        assertNull(oracle.differenceFrom(book));
        assertEquals(2048, book.capacity(Side.BID));
        assertEquals(2048, book.capacity(Side.ASK));
    }
}
