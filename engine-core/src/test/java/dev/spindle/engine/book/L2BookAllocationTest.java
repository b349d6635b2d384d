package dev.spindle.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

class L2BookAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    @Test
    void shouldNotAllocateOnSetAndRemoveAfterWarmUp()
    {
        final L2Book book = new L2Book(new Instrument("BTCUSDT", 2, 3), 4096);
        final long[] prices = new long[1024];
        for (int i = 0; i < prices.length; i++)
        {
            prices[i] = 6180020L + (i * 7919L % 2000L) * 10;
        }
        churn(book, prices, 20_000);

        final long overhead = measureOverhead();
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        final long checksum = churn(book, prices, 20_000);
        final long allocated = THREADS.getCurrentThreadAllocatedBytes() - before - overhead;

        assertEquals(0, allocated, "bytes allocated by 40,000 set/remove rounds (checksum " + checksum + ")");
    }

    private static long churn(final L2Book book, final long[] prices, final int rounds)
    {
        long checksum = 0;
        for (int r = 0; r < rounds; r++)
        {
            final long price = prices[r & (prices.length - 1)];
            book.set(Side.BID, price, 1 + r);
            book.set(Side.ASK, price + 50_000, 1 + r);
            checksum += book.bestPrice(Side.BID) + book.bestQty(Side.ASK);
            if ((r & 1) == 1)
            {
                book.set(Side.BID, price, 0);
                book.set(Side.ASK, price + 50_000, 0);
                book.set(Side.ASK, 1, 0);
            }
        }
        return checksum;
    }

    private static long measureOverhead()
    {
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++)
        {
            final long a = THREADS.getCurrentThreadAllocatedBytes();
            final long b = THREADS.getCurrentThreadAllocatedBytes();
            overhead = Math.min(overhead, b - a);
        }
        return overhead;
    }
}
