package dev.spindle.tools.sim.hyperliquid.market;

import java.util.List;

/**
 * A copy of one coin's book as the simulator last published it: the oracle a test compares a client's book with.
 * Parsed from the published frame independently of the kit's decoders.
 *
 * @param coin   coin as written on the wire.
 * @param timeMs the snapshot's {@code time}, epoch ms.
 * @param bids   bids, best first.
 * @param asks   asks, best first.
 */
public record BookView(String coin, long timeMs, List<Level> bids, List<Level> asks)
{
    /** Copies the level lists. */
    public BookView
    {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
