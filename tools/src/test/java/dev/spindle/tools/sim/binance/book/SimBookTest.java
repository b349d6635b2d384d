package dev.spindle.tools.sim.binance.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SimBookTest
{
    private static Level level(final String price, final String qty)
    {
        return new Level(price, qty);
    }

    private static SimBook book(final int history)
    {
        final SimBook book = new SimBook("ETHUSDT", history);
        book.reset(100,
            List.of(level("10.00000000", "1.00000000"), level("11.00000000", "2.00000000")),
            List.of(level("13.00000000", "3.00000000"), level("12.00000000", "4.00000000")));
        return book;
    }

    @Test
    void shouldKeepBothSidesBestFirstWithTheExactStrings()
    {
        final BookView view = book(0).view(10);
        assertEquals(100, view.lastUpdateId());
        assertEquals(List.of(level("11.00000000", "2.00000000"), level("10.00000000", "1.00000000")), view.bids());
        assertEquals(List.of(level("12.00000000", "4.00000000"), level("13.00000000", "3.00000000")), view.asks());
        assertEquals(1, view.top(1).bids().size());
    }

    @Test
    void shouldSetRemoveAndIgnoreRemovalsOfUnknownLevels()
    {
        final SimBook book = book(0);
        book.apply(105,
            List.of(level("11.00000000", "0.00000000"), level("10.5", "5.00000000"), level("9.00000000", "0")),
            List.of(level("12.00000000", "0.50000000")));
        final BookView view = book.view(10);
        assertEquals(105, view.lastUpdateId());
        assertEquals(List.of(level("10.5", "5.00000000"), level("10.00000000", "1.00000000")), view.bids());
        assertEquals(level("12.00000000", "0.50000000"), view.asks().get(0));
    }

    @Test
    void shouldRebuildTheBookAtARecentUpdateId()
    {
        final SimBook book = book(2);
        final BookView atSnapshot = book.view(Integer.MAX_VALUE);
        book.apply(101, List.of(level("11.00000000", "0.00000000")), List.of());
        final BookView at101 = book.view(Integer.MAX_VALUE);
        book.apply(102, List.of(level("11.00000000", "7.00000000"), level("11.00000000", "8.00000000")),
            List.of(level("12.00000000", "0")));
        assertEquals(at101, book.viewAt(101));
        assertEquals(atSnapshot, book.viewAt(100));
        assertEquals(book.view(Integer.MAX_VALUE), book.viewAt(102));

        book.apply(103, List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> book.viewAt(100), "beyond the kept history");
        assertThrows(IllegalArgumentException.class, () -> book.viewAt(99));
    }
}
