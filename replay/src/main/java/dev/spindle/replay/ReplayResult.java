package dev.spindle.replay;

import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.run.EventTotals;

/**
 * What a replay did: counts for the summary, the verification outcome and the final book's id.
 *
 * @param symbol             the replayed symbol.
 * @param spot               true if diffs linked by {@code U} (spot), false by {@code pu} (futures).
 * @param model              the L3 model used ({@code fifo}, {@code trades} or {@code none}).
 * @param diffsRead          depth diffs read.
 * @param diffsApplied       diffs applied to the book.
 * @param diffsOld           diffs ignored because the book already covered them.
 * @param gaps               gaps in update ids.
 * @param resyncs            times the book was reloaded from a later snapshot or checkpoint after a gap.
 * @param bridges            gaps crossed without a snapshot (applied on the current book, as hft-rs does).
 * @param snapshots          REST snapshots read from the depth pass (first snapshot included).
 * @param skippedLines       malformed lines skipped ({@code --skip-bad-lines}).
 * @param warnings           other warnings.
 * @param events             events written, by {@link EventKind} ordinal.
 * @param eventBytes         bytes of event output.
 * @param finalUpdateId      the book's last update id.
 * @param tickerCheckpoints  applied diffs checked against bookTickers (0 without {@code --verify} or tickers).
 * @param tickerMatches      of those, matched.
 * @param tickerMismatches   of those, mismatched.
 * @param tickerJumps        mismatches excused because the ticker stream skipped ids.
 * @param tickerUnverifiable checkpoints without a ticker to compare.
 * @param checkpoints        REST checkpoints compared or due (0 without {@code --verify}).
 * @param checkpointMatches  checkpoints equal to the book within their depth.
 * @param checkpointMismatches checkpoints that differ.
 * @param checkpointsUnaligned checkpoints whose id fell inside a diff (not comparable).
 * @param firstMismatch      description of the first verification mismatch, or null.
 * @param wallNs             wall time of the replay.
 */
public record ReplayResult(
    String symbol,
    boolean spot,
    String model,
    long diffsRead,
    long diffsApplied,
    long diffsOld,
    long gaps,
    long resyncs,
    long bridges,
    long snapshots,
    long skippedLines,
    long warnings,
    long[] events,
    long eventBytes,
    long finalUpdateId,
    long tickerCheckpoints,
    long tickerMatches,
    long tickerMismatches,
    long tickerJumps,
    long tickerUnverifiable,
    long checkpoints,
    long checkpointMatches,
    long checkpointMismatches,
    long checkpointsUnaligned,
    String firstMismatch,
    long wallNs) implements EventTotals
{
    /** @return true unless a verification found a mismatch. */
    public boolean verified()
    {
        return tickerMismatches == 0 && checkpointMismatches == 0;
    }
}
