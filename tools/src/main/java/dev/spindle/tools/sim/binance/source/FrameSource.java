package dev.spindle.tools.sim.binance.source;

import java.util.Map;
import java.util.Set;

import dev.spindle.tools.sim.binance.book.SimBook;

/**
 * Where the simulator's frames come from (a recording or a synthetic market), in send order.
 * <p>
 * Used by the sender thread only, except {@link #books()} and {@link #knownStreams()}, which are fixed at
 * construction and safe to read from any thread.
 */
public interface FrameSource
{
    /** Returned by {@link #peekTimeNs()} when the source has no more frames. */
    long END = Long.MAX_VALUE;

    /**
     * @return source time of the next frame relative to the source start, ns; {@link #END} when exhausted.
     */
    long peekTimeNs();

    /**
     * @return the next frame; call only when {@link #peekTimeNs()} is not {@link #END}.
     */
    SimFrame take();

    /**
     * @return one book per served symbol (upper case), already at the state before the first frame.
     */
    Map<String, SimBook> books();

    /**
     * @return stream names this source can produce beyond the standard ones (e.g. recorded {@code @kline_1m}).
     */
    Set<String> knownStreams();

    /** @return a one-line description for start-up output. */
    String describe();
}
