package dev.spindle.capture.meta;

import java.util.List;

import dev.spindle.capture.FileKind;

/**
 * Counts of one stream of a session.
 *
 * @param kind           the stream.
 * @param lines          lines written (all parts).
 * @param bytes          bytes of JSONL text written, newlines included, before compression.
 * @param droppedFrames  frames refused for this stream because a queue was full.
 * @param rewrittenLines frames whose CR/LF bytes had to be written as spaces.
 * @param parts          the parts, in order.
 */
public record FileSummary(
    FileKind kind, long lines, long bytes, long droppedFrames, long rewrittenLines, List<PartSummary> parts)
{
    /** Makes {@code parts} immutable. */
    public FileSummary
    {
        parts = List.copyOf(parts);
    }
}
