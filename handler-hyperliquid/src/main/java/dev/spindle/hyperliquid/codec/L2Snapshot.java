package dev.spindle.hyperliquid.codec;

import dev.spindle.engine.book.Side;

/**
 * A decoded Hyperliquid {@code WsBook}: the complete top of one coin's book (at most 20 levels a side), as sent
 * on the {@code l2Book} channel and returned by {@code POST /info {"type":"l2Book"}}. Every message replaces the
 * previous one; there are no sequence numbers, only the venue time.
 * <p>
 * Reusable storage owned by a decoder and overwritten by its next call; not thread safe. Fields carry their
 * wire names.
 */
public final class L2Snapshot
{
    private final BookLevels bids;
    private final BookLevels asks;
    int coinIndex = CoinTable.NOT_FOUND;
    long timeMs;

    /** @param initialLevels levels per side held before the first growth (20 is what Hyperliquid sends). */
    public L2Snapshot(final int initialLevels)
    {
        bids = new BookLevels(initialLevels);
        asks = new BookLevels(initialLevels);
    }

    void clear()
    {
        coinIndex = CoinTable.NOT_FOUND;
        timeMs = 0;
        bids.clear();
        asks.clear();
    }

    /** @return index of {@code coin} in the {@link CoinTable}. */
    public int coinIndex()
    {
        return coinIndex;
    }

    /** @return {@code time}: the venue's time of the book, epoch ms. */
    public long time()
    {
        return timeMs;
    }

    /** @return {@code levels[0]}: bids, best (highest) first, strictly descending. */
    public BookLevels bids()
    {
        return bids;
    }

    /** @return {@code levels[1]}: asks, best (lowest) first, strictly ascending. */
    public BookLevels asks()
    {
        return asks;
    }

    /** @return {@link #bids()} or {@link #asks()}. */
    public BookLevels levels(final Side side)
    {
        return side == Side.BID ? bids : asks;
    }

    @Override
    public String toString()
    {
        return "L2Snapshot[coin#" + coinIndex + " time=" + timeMs + " bids=" + bids.count() + " asks=" +
            asks.count() + "]";
    }
}
