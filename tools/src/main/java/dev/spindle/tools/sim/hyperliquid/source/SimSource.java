package dev.spindle.tools.sim.hyperliquid.source;

import java.util.List;

import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * Where the simulator's frames come from (a recording or a synthetic market), in send order. Used by the sender
 * thread only, except {@link #coins()} and {@link #describe()}, which are fixed at construction.
 */
public interface SimSource
{
    /** Returned by {@link #peekTimeNs()} when the source has no more frames. */
    long END = Long.MAX_VALUE;

    /** @return source time of the next frame relative to the source start, ns; {@link #END} when exhausted. */
    long peekTimeNs();

    /** @return the next frame; call only when {@link #peekTimeNs()} is not {@link #END}. */
    SimFrame take();

    /** @return the coins this source serves, exactly as written on the wire, in order of first appearance. */
    List<String> coins();

    /** @return a one-line description for start-up output. */
    String describe();
}
