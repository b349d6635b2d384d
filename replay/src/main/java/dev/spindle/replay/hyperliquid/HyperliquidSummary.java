package dev.spindle.replay.hyperliquid;

import java.io.PrintWriter;

import dev.spindle.replay.run.SummaryLines;

/** The closing lines of a Hyperliquid replay on stderr: messages, derived diffs, events by kind, speed, verify. */
final class HyperliquidSummary
{
    private HyperliquidSummary()
    {
    }

    static void print(final HyperliquidResult r, final HyperliquidReplay replay, final PrintWriter err)
    {
        err.println(String.format("replay: %s hyperliquid from %s", r.coin(), replay.description()));
        err.println(String.format("replay: %,d l2Book messages, %,d diffs, %,d identical snapshots, " +
            "%,d non-increasing times, %,d loads, %,d other-coin frames, %,d bad lines skipped, %,d warnings",
            r.messages(), r.diffs(), r.identical(), r.timeNotIncreasing(), r.loads(), r.otherCoinFrames(),
            r.skippedLines(), r.warnings()));
        err.println(String.format("replay: levels %,d added, %,d changed, %,d removed, %,d beyond horizon, " +
            "%,d entered horizon", r.added(), r.changed(), r.removed(), r.beyondHorizon(), r.enteredHorizon()));
        if (replay.model() != null)
        {
            SummaryLines.events(err, r.model(), r.events(), r.eventBytes());
        }
        if (replay.model() instanceof CountsModel)
        {
            final CountsModel m = (CountsModel)replay.model();
            final HyperliquidTradeFeed trades = replay.tradeFeed();
            err.println(String.format("replay: counts: %,d trades read (%,d repeats dropped, %,d before the " +
                "first book), %.1f%% of traded quantity filled; %,d of %,d reconciled levels end with n orders; " +
                "%,d levels parked beyond the horizon, %,d reseeded on entering it",
                trades == null ? 0 : trades.trades(), trades == null ? 0 : trades.duplicates(), m.staleTrades(),
                m.tradedQty() == 0 ? 0.0 : 100.0 * m.filledQty() / m.tradedQty(), m.countMatches(), m.countChecks(),
                m.parkedLevels(), m.reseededLevels()));
        }
        SummaryLines.wall(err, "time", r.finalTimeMs(), r.wallNs(), r.messages(), "messages");
        if (r.checkedMessages() > 0)
        {
            err.println(String.format("verify: l2Book: %,d of %,d messages equal the rebuilt book level by level " +
                "(price, size, n)", r.checkedMessages() - r.verifyMismatches(), r.checkedMessages()));
            if (r.verifyMismatches() > 0)
            {
                err.println("verify: FAILED: " + r.firstMismatch());
            }
        }
    }
}
