package dev.spindle.tools.score;

import java.util.Arrays;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.TradeSource;

/**
 * The trade prints derived from LOBSTER executions (types 4 and 5), queued as the messages are read and handed to
 * a model at the next update it sees. Not thread safe.
 */
final class PendingTrades implements TradeSource
{
    private boolean[] bid = new boolean[64];
    private long[] price = new long[64];
    private long[] qty = new long[64];
    private long[] timeMs = new long[64];
    private int head;
    private int tail;

    /**
     * @param makerBid true if the resting (maker) order was a bid.
     */
    void add(final boolean makerBid, final long tradePrice, final long tradeQty, final long tradeTimeMs)
    {
        if (tail == price.length)
        {
            final int capacity = price.length * 2;
            bid = Arrays.copyOf(bid, capacity);
            price = Arrays.copyOf(price, capacity);
            qty = Arrays.copyOf(qty, capacity);
            timeMs = Arrays.copyOf(timeMs, capacity);
        }
        bid[tail] = makerBid;
        price[tail] = tradePrice;
        qty[tail] = tradeQty;
        timeMs[tail] = tradeTimeMs;
        tail++;
    }

    @Override
    public void drainUntil(final long untilMs, final TradeHandler handler)
    {
        while (head < tail && timeMs[head] <= untilMs)
        {
            handler.onTrade(bid[head] ? Side.BID : Side.ASK, price[head], qty[head], timeMs[head]);
            head++;
        }
        if (head == tail)
        {
            head = 0;
            tail = 0;
        }
    }
}
