package dev.spindle.capture.meta;

import dev.spindle.capture.LedgerKind;

/**
 * One gap-ledger entry of {@code metadata.json}: something the capture missed or a discontinuity of the feed.
 *
 * @param kind       what happened.
 * @param epochNs    when it happened (for DROP: receive time of the first refused frame).
 * @param endEpochNs for DROP the receive time of the last refused frame, otherwise equal to {@code epochNs}.
 * @param fromId     first update id concerned (for a gap: the first missing id), -1 when unknown.
 * @param toId       last update id concerned (for a gap: the last missing id), -1 when unknown.
 * @param count      for DROP the number of refused frames, for ERROR the buffered lines lost, otherwise 0.
 * @param file       stream base name the position refers to ({@code diffs}), or null.
 * @param line       the entry sits after this many lines of {@code file} (0 when {@code file} is null).
 * @param detail     free text from the reporter, never null.
 */
public record LedgerEntry(
    LedgerKind kind,
    long epochNs,
    long endEpochNs,
    long fromId,
    long toId,
    long count,
    String file,
    long line,
    String detail)
{
    /**
     * @param toId the last id concerned.
     * @return a copy with {@code toId} set; used when the id only becomes known later.
     */
    public LedgerEntry withToId(final long toId)
    {
        return new LedgerEntry(kind, epochNs, endEpochNs, fromId, toId, count, file, line, detail);
    }

    /**
     * @param firstMissingId the first id that is missing.
     * @param lastMissingId  the last id that is missing.
     * @return whether this entry's id range covers the whole missing range.
     */
    public boolean covers(final long firstMissingId, final long lastMissingId)
    {
        return fromId >= 0 && toId >= 0 && fromId <= firstMissingId && toId >= lastMissingId;
    }
}
