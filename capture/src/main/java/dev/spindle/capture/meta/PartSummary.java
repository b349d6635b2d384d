package dev.spindle.capture.meta;

/**
 * One numbered part of a stream (or the single unrotated file, part 0).
 *
 * @param index         part number; 0 for an unrotated stream.
 * @param jsonl         line file name, relative to the session directory.
 * @param recv          receive-time sidecar name, relative to the session directory.
 * @param firstLine     1-based number, in the whole stream, of the part's first line.
 * @param lines         lines written to the part so far.
 * @param openedEpochMs when the part was opened (capture clock).
 */
public record PartSummary(int index, String jsonl, String recv, long firstLine, long lines, long openedEpochMs)
{
}
