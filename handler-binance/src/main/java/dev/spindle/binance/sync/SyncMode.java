package dev.spindle.binance.sync;

import dev.spindle.binance.codec.DepthUpdate;

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
    FUTURES;

    /**
     * @param id       the book's (or snapshot's) update id.
     * @param bridging true for the first diff after a snapshot.
     * @return true if the book at {@code id} already covers the diff: it is old or a duplicate.
     */
    boolean isOld(final DepthUpdate diff, final long id, final boolean bridging)
    {
        if (this == SPOT)
        {
            return diff.u() <= id;
        }
        // Futures keep u == lastUpdateId before the first event (it straddles the snapshot); once live, a duplicate.
        return bridging ? diff.u() < id : diff.u() <= id;
    }

    /** @return true if a diff that is not {@link #isOld old} continues the book at {@code id}. */
    boolean links(final DepthUpdate diff, final long id, final boolean bridging)
    {
        if (this == SPOT)
        {
            // U == id + 1 on an intact stream; an overlapping diff (U <= id < u) is exact too: levels are absolute.
            return diff.U() <= id + 1;
        }
        return diff.pu() == id || (bridging && diff.U() <= id);
    }

    /** @return the link a diff following the book at {@code id} must carry: spot {@code U}, futures {@code pu}. */
    long expectedLink(final long id)
    {
        return this == SPOT ? id + 1 : id;
    }

    /** @return the diff's link value: spot {@code U}, futures {@code pu}. */
    long link(final DepthUpdate diff)
    {
        return this == SPOT ? diff.U() : diff.pu();
    }
}
