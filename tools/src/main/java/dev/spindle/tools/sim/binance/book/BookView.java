package dev.spindle.tools.sim.binance.book;

import java.util.List;

/**
 * An immutable copy of a simulator book at one update id.
 *
 * @param symbol       upper-case symbol, e.g. {@code ETHUSDT}.
 * @param lastUpdateId {@code u} of the last depth event applied (the snapshot's id before any event).
 * @param bids         bids best-first (descending price), exact strings.
 * @param asks         asks best-first (ascending price), exact strings.
 */
public record BookView(String symbol, long lastUpdateId, List<Level> bids, List<Level> asks)
{
    /**
     * @param depth levels per side to keep.
     * @return this view cut to the best {@code depth} levels per side.
     */
    public BookView top(final int depth)
    {
        return new BookView(
            symbol,
            lastUpdateId,
            bids.subList(0, Math.min(depth, bids.size())),
            asks.subList(0, Math.min(depth, asks.size())));
    }
}
