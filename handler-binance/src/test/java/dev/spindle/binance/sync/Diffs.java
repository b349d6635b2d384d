package dev.spindle.binance.sync;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthUpdate;

/** Builders for hand-made diffs and snapshots (symbol index 0, prices and quantities as plain mantissas). */
final class Diffs
{
    private Diffs()
    {
    }

    /** A spot diff {@code [U;u]} setting one bid level. */
    static DepthUpdate spot(final DepthUpdate into, final long U, final long u, final long bid, final long qty)
    {
        into.clear().symbolIndex(0).U(U).u(u);
        into.b().add(bid, qty);
        return into;
    }

    /** A futures diff {@code [U;u]} after {@code pu} setting one ask level. */
    static DepthUpdate futures(
        final DepthUpdate into, final long U, final long u, final long pu, final long ask, final long qty)
    {
        into.clear().symbolIndex(0).U(U).u(u).pu(pu);
        into.a().add(ask, qty);
        return into;
    }

    /** A snapshot with one bid and one ask. */
    static DepthSnapshot snapshot(final DepthSnapshot into, final long lastUpdateId)
    {
        into.clear().symbolIndex(0).lastUpdateId(lastUpdateId).decimals(2, 3);
        into.bids().add(100, 1);
        into.asks().add(200, 1);
        return into;
    }
}
