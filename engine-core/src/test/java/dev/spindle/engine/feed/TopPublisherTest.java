package dev.spindle.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

class TopPublisherTest
{
    private static final long UPDATES = 200_000;

    @Test
    void shouldShowTheTopAsTheVenueWritesIt()
    {
        final Instrument instrument = new Instrument("BTCUSDT", 8, 8);
        instrument.learnDecimals(2, 5);
        final L2Book book = new L2Book(instrument, 16);
        book.set(Side.BID, 6_512_345_000_000L, 150_000_000L);
        book.set(Side.ASK, 6_512_346_000_000L, 2_000L);
        book.lastUpdateId(77);
        book.state(BookState.LIVE);
        final TopPublisher publisher = new TopPublisher(instrument);
        final TopOfBook top = new TopOfBook();

        publisher.read(top);
        assertEquals(BookState.SYNCING, top.state());
        assertEquals("-", top.bidPriceText());

        publisher.publish(book, 5);
        publisher.read(top);
        assertEquals("BTCUSDT LIVE u=77 bid=65123.45 x 1.50000 ask=65123.46 x 0.00002", top.toString());
        assertEquals(5, top.diffsApplied());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldNeverShowATornTopToAConcurrentReader() throws InterruptedException
    {
        final Instrument instrument = new Instrument("BTCUSDT", 8, 8);
        final TopPublisher publisher = new TopPublisher(instrument);
        final AtomicReference<String> torn = new AtomicReference<>();
        final Thread writer = new Thread(() ->
        {
            final L2Book book = new L2Book(instrument, 4);
            for (long u = 1; u <= UPDATES; u++)
            {
                book.clear();
                book.set(Side.BID, u * 10, u);
                book.set(Side.ASK, u * 10 + 1, u * 2);
                book.lastUpdateId(u);
                publisher.publish(book, u);
            }
        }, "top-writer");
        final Thread reader = new Thread(() ->
        {
            final TopOfBook top = new TopOfBook();
            long last = 0;
            while (last < UPDATES && null == torn.get())
            {
                publisher.read(top);
                final long u = top.lastUpdateId();
                final boolean consistent = u == 0 || (top.bidPrice() == u * 10 && top.bidQty() == u &&
                    top.askPrice() == u * 10 + 1 && top.askQty() == u * 2 && top.diffsApplied() == u);
                if (!consistent || u < last)
                {
                    torn.set("read " + top + " applied=" + top.diffsApplied() + " after u=" + last);
                }
                last = u;
            }
        }, "top-reader");
        reader.start();
        writer.start();
        writer.join();
        reader.join();
        assertNull(torn.get());
        assertTrue(UPDATES > 0);
    }
}
