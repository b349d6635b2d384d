package dev.spindle.binance.sync;

/** How consecutive diffs link and how the first diff must straddle the snapshot. */
public enum SyncMode
{
    /**
     * Spot (also Binance.US, Binance TR): drop {@code u <= lastUpdateId}; the first applied diff satisfies
     * {@code U <= lastUpdateId + 1 <= u}; afterwards {@code U == previous u + 1}.
     */
    SPOT,
    /**
     * USD-M and COIN-M futures: drop {@code u < lastUpdateId}; the first applied diff satisfies
     * {@code U <= lastUpdateId <= u} (or {@code pu == lastUpdateId}); afterwards {@code pu == previous u}.
     * Futures ids are not consecutive, so only {@code pu} links diffs.
     */
    FUTURES
}
