package dev.spindle.tools.sim.binance.source;

import java.util.List;

import dev.spindle.tools.sim.binance.book.Level;

/**
 * One recorded line kept for serving: a combined-stream frame (with its parsed depth fields) or a REST snapshot.
 */
record RecordedEntry(
    boolean snapshot,
    String position,
    long localNs,
    String stream,
    String symbol,
    byte[] bytes,
    int payloadOffset,
    int payloadLength,
    boolean depth,
    long firstUpdateId,
    long lastUpdateId,
    long eventTimeMs,
    List<Level> bids,
    List<Level> asks)
{
    static RecordedEntry frame(
        final String position,
        final long localNs,
        final String stream,
        final String symbol,
        final byte[] bytes,
        final int payloadOffset,
        final int payloadLength)
    {
        return new RecordedEntry(false, position, localNs, stream, symbol, bytes, payloadOffset, payloadLength,
            false, 0, 0, 0, List.of(), List.of());
    }

    static RecordedEntry depth(
        final String position,
        final long localNs,
        final String stream,
        final String symbol,
        final byte[] bytes,
        final int payloadOffset,
        final int payloadLength,
        final long firstUpdateId,
        final long lastUpdateId,
        final long eventTimeMs,
        final List<Level> bids,
        final List<Level> asks)
    {
        return new RecordedEntry(false, position, localNs, stream, symbol, bytes, payloadOffset, payloadLength,
            true, firstUpdateId, lastUpdateId, eventTimeMs, bids, asks);
    }

    /**
     * @param symbol upper-case symbol named by the recording, or null when it does not say (hftbacktest).
     */
    static RecordedEntry snapshot(
        final String position, final long localNs, final String symbol, final long lastUpdateId,
        final List<Level> bids, final List<Level> asks)
    {
        return new RecordedEntry(true, position, localNs, null, symbol, null, 0, 0,
            false, 0, lastUpdateId, 0, bids, asks);
    }

    SimFrame toFrame(final long sourceTimeNs)
    {
        if (depth)
        {
            return SimFrame.depth(stream, symbol, sourceTimeNs, bytes, bytes.length, payloadOffset, payloadLength,
                firstUpdateId, lastUpdateId, eventTimeMs, bids, asks);
        }
        return SimFrame.other(stream, symbol, sourceTimeNs, bytes, bytes.length, payloadOffset, payloadLength);
    }
}
