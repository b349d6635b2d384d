package dev.spindle.tools.sim.binance.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import dev.spindle.tools.sim.binance.book.BookJson;
import dev.spindle.tools.sim.binance.book.Level;

/**
 * Builds the 1000 ms {@code <sym>@depth} stream from the faster diffs of one symbol: events whose {@code E} falls
 * in the same exchange second are merged into one event carrying the first {@code U}, the last {@code u}, the
 * last {@code E} and the last quantity of every touched level (bids descending, asks ascending).
 * <p>
 * A window is emitted when the first event of the next second arrives (or on {@link #flush()}), so merged
 * events lag their last diff by up to one diff interval. Sender thread only.
 */
public final class DepthMerger
{
    private final String stream;
    private final String symbol;
    private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
    private boolean pending;
    private long windowSecond;
    private long firstUpdateId;
    private long lastUpdateId;
    private long lastEventTimeMs;

    /**
     * @param symbol upper-case symbol; the merged stream is {@code <symbol lower-case>@depth}.
     */
    public DepthMerger(final String symbol)
    {
        this.symbol = symbol;
        this.stream = StreamNames.of(symbol, StreamNames.DEPTH_1000MS);
    }

    /** @return the merged stream's name. */
    public String stream()
    {
        return stream;
    }

    /**
     * Add one diff.
     *
     * @param depth a depth frame of this merger's symbol, in chain order.
     * @return the merged event of the previous second if this diff starts a new one, else null.
     */
    public SimFrame offer(final SimFrame depth)
    {
        final long second = Math.floorDiv(depth.eventTimeMs(), 1000L);
        final SimFrame closed = pending && second != windowSecond ? flush() : null;
        if (!pending)
        {
            pending = true;
            windowSecond = second;
            firstUpdateId = depth.firstUpdateId();
        }
        lastUpdateId = depth.lastUpdateId();
        lastEventTimeMs = depth.eventTimeMs();
        put(bids, depth.bids());
        put(asks, depth.asks());
        return closed;
    }

    /**
     * Emit what is pending now, e.g. at the end of the source or before a dropped diff (so the drop shows as a
     * gap on this stream too).
     *
     * @return the merged event, or null if nothing is pending.
     */
    public SimFrame flush()
    {
        if (!pending)
        {
            return null;
        }
        pending = false;
        final StringBuilder payload = new StringBuilder(128 + 40 * (bids.size() + asks.size()));
        payload.append("{\"e\":\"depthUpdate\",\"E\":").append(lastEventTimeMs)
            .append(",\"s\":\"").append(symbol).append("\",\"U\":").append(firstUpdateId)
            .append(",\"u\":").append(lastUpdateId).append(",\"b\":");
        final List<Level> bidLevels = new ArrayList<>(bids.values());
        final List<Level> askLevels = new ArrayList<>(asks.values());
        BookJson.appendLevels(payload, bidLevels);
        payload.append(",\"a\":");
        BookJson.appendLevels(payload, askLevels);
        payload.append('}');
        bids.clear();
        asks.clear();
        return SimFrame.depthFromPayload(stream, symbol, 0, payload.toString(), firstUpdateId, lastUpdateId,
            lastEventTimeMs, List.copyOf(bidLevels), List.copyOf(askLevels));
    }

    private static void put(final TreeMap<BigDecimal, Level> side, final List<Level> levels)
    {
        for (int i = 0; i < levels.size(); i++)
        {
            final Level level = levels.get(i);
            side.put(new BigDecimal(level.price()), level);
        }
    }
}
