package dev.spindle.replay.hyperliquid;

import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.run.EventTotals;

/**
 * What a Hyperliquid replay did.
 *
 * @param coin              the replayed coin.
 * @param model             the L3 model used ({@code counts}, {@code fifo}, {@code trades} or {@code none}).
 * @param messages          l2Book messages of the coin read.
 * @param diffs             messages that differed from the previous one (a derived diff was applied).
 * @param identical         messages with a newer time identical to the previous one (no diff).
 * @param timeNotIncreasing messages whose time did not increase, ignored.
 * @param loads             messages loaded as the book without a diff: the first, and the first after a silence
 *                          of more than 10 s of venue time.
 * @param added             levels added inside the view.
 * @param changed           levels whose size or count changed.
 * @param removed           levels removed inside the view.
 * @param beyondHorizon     levels that fell beyond the 20-level view.
 * @param enteredHorizon    levels that entered the view from beyond it.
 * @param otherCoinFrames   frames of other coins skipped.
 * @param skippedLines      malformed lines skipped ({@code --skip-bad-lines}).
 * @param warnings          other warnings.
 * @param events            events written, by {@link EventKind} ordinal.
 * @param eventBytes        bytes of event output.
 * @param finalTimeMs       the final book's venue time (its {@code lastUpdateId}).
 * @param checkedMessages   messages checked against the rebuilt book ({@code --verify}), 0 without.
 * @param verifyMismatches  of those, messages whose levels differed from the book.
 * @param firstMismatch     description of the first mismatch, or null.
 * @param wallNs            wall time of the replay.
 */
public record HyperliquidResult(
    String coin,
    String model,
    long messages,
    long diffs,
    long identical,
    long timeNotIncreasing,
    long loads,
    long added,
    long changed,
    long removed,
    long beyondHorizon,
    long enteredHorizon,
    long otherCoinFrames,
    long skippedLines,
    long warnings,
    long[] events,
    long eventBytes,
    long finalTimeMs,
    long checkedMessages,
    long verifyMismatches,
    String firstMismatch,
    long wallNs) implements EventTotals
{
    /**
     * @return the venue-neutral summary {@link dev.spindle.replay.Replay#run} returns: messages as diffs read,
     * messages with a diff as applied, ignored times as old, reloads as resyncs, loads as snapshots, the final
     * time as the final update id, and {@code --verify} message checks as checkpoints.
     */
    public ReplayResult toReplayResult()
    {
        return new ReplayResult(coin, false, model, messages, diffs, timeNotIncreasing, 0, Math.max(0, loads - 1), 0,
            loads, skippedLines, warnings, events, eventBytes, finalTimeMs, 0, 0, 0, 0, 0,
            checkedMessages, checkedMessages - verifyMismatches, verifyMismatches, 0, firstMismatch, wallNs);
    }
}
