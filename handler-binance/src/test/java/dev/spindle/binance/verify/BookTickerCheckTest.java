package dev.spindle.binance.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.BookTicker;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

class BookTickerCheckTest
{
    private final L2Book book = new L2Book(new Instrument("ETHUSDT", 8, 8), 8);
    private final BookTicker ticker = new BookTicker();
    private final BookTickerCheck check = new BookTickerCheck(8, 8);

    @Test
    void shouldJudgeACheckpointOnceALaterTickerArrives()
    {
        ticker(100, 10, 1, 11, 1);
        depth(105, 10, 2, 11, 1);
        assertEquals(1, check.pending(), "a ticker at 101..105 may still come");
        ticker(103, 10, 2, 11, 1); // arrives late, is the last ticker <= 105
        depth(110, 10, 2, 11, 1);
        ticker(111, 9, 1, 11, 1);
        assertEquals(0, check.pending());
        assertEquals(2, check.matches());
        assertEquals(0, check.mismatches());
        assertNull(check.firstMismatch());
    }

    @Test
    void shouldJudgeImmediatelyWhenTheTickerStreamIsAhead()
    {
        ticker(100, 10, 1, 11, 1);
        ticker(106, 10, 5, 11, 1);
        ticker(120, 9, 5, 11, 1);
        depth(105, 10, 1, 11, 1);
        depth(110, 10, 5, 11, 1);
        assertEquals(2, check.matches());
        assertEquals(0, check.pending());
    }

    @Test
    void shouldReportAMismatchWithBothSides()
    {
        ticker(100, 10, 1, 11, 1);
        depth(100, 10, 1, 12, 1);
        ticker(101, 10, 1, 11, 1);
        assertEquals(1, check.mismatches());
        assertEquals("book at u=100 top 1@10 / 1@12 != bookTicker u=100 1@10 / 1@11", check.firstMismatch());
    }

    @Test
    void shouldExcuseAMissOnlyWhereTickerIdsJumpAndTheNextTickerConfirmsTheBook()
    {
        ticker(100, 10, 1, 11, 1);
        depth(105, 10, 3, 11, 1); // the change at 101..105 has no ticker ...
        ticker(107, 10, 3, 11, 1); // ... the next one confirms the book
        assertEquals(1, check.tickerJumps());
        assertEquals(0, check.mismatches());

        depth(107, 10, 4, 11, 1); // a ticker exactly at the book's id must match: no excuse
        ticker(108, 10, 4, 11, 1);
        assertEquals(1, check.mismatches());

        depth(112, 10, 9, 11, 1); // ids jumped, but the next ticker does not confirm the book either
        ticker(113, 10, 4, 11, 1);
        assertEquals(2, check.mismatches());
        assertEquals(1, check.tickerJumps());
    }

    @Test
    void shouldCountCheckpointsWithoutAnEarlierTickerAsUnverifiable()
    {
        ticker(200, 10, 1, 11, 1);
        depth(150, 10, 1, 11, 1);
        assertEquals(1, check.unverifiable());
        assertEquals(0, check.matches());
    }

    @Test
    void shouldJudgeTheRestAgainstTheLastTickerAtTheEnd()
    {
        ticker(100, 10, 1, 11, 1);
        depth(101, 10, 1, 11, 1);
        depth(102, 10, 2, 11, 1);
        assertEquals(2, check.pending());
        check.finish();
        assertEquals(2, check.checkpoints());
        assertEquals(1, check.matches());
        assertEquals(1, check.mismatches());
        assertEquals(0, check.pending());
    }

    @Test
    void shouldIgnoreTickersThatDoNotAdvance()
    {
        ticker(100, 10, 1, 11, 1);
        ticker(100, 10, 9, 11, 1);
        ticker(99, 10, 9, 11, 1);
        depth(100, 10, 1, 11, 1);
        check.finish();
        assertEquals(2, check.staleTickers());
        assertEquals(1, check.matches());
    }

    private void ticker(final long u, final long bid, final long bidQty, final long ask, final long askQty)
    {
        check.onBookTicker(ticker.set(0, u, bid, bidQty, ask, askQty));
    }

    private void depth(final long u, final long bid, final long bidQty, final long ask, final long askQty)
    {
        book.clear();
        book.set(Side.BID, bid, bidQty);
        book.set(Side.BID, bid - 1, 100);
        book.set(Side.ASK, ask, askQty);
        book.lastUpdateId(u);
        check.onDepthApplied(book);
    }
}
