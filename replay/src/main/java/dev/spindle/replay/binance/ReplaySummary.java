package dev.spindle.replay.binance;

import java.io.PrintWriter;

import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.l3.TradeStats;
import dev.spindle.replay.run.SummaryLines;

/** The closing lines of a replay on stderr: what was read and applied, events by kind, speed, verification. */
final class ReplaySummary
{
    private ReplaySummary()
    {
    }

    static void print(final ReplayResult r, final BinanceReplay replay, final PrintWriter err)
    {
        err.println(String.format("replay: %s %s from %s", r.symbol(), r.spot() ? "spot" : "futures",
            replay.description()));
        err.println(String.format("replay: %,d diffs read, %,d applied, %,d old, %,d gaps, %,d resyncs, " +
            "%,d bridged, %,d snapshots, %,d bad lines skipped, %,d warnings", r.diffsRead(), r.diffsApplied(),
            r.diffsOld(), r.gaps(), r.resyncs(), r.bridges(), r.snapshots(), r.skippedLines(), r.warnings()));
        if (replay.model() != null)
        {
            SummaryLines.events(err, r.model(), r.events(), r.eventBytes());
        }
        if (replay.model() instanceof TradeStats)
        {
            final TradeStats trades = (TradeStats)replay.model();
            final double explained = trades.tradedQty() == 0 ? 0 : 100.0 * trades.explainedQty() / trades.tradedQty();
            err.println(String.format("replay: trades: %,d read, %,d id gaps, %.1f%% of traded quantity explained " +
                "decreases as fills, %,d stale (older than 1 s before the next diff)", replay.tradeFeed().trades(),
                replay.tradeFeed().idGaps(), explained, trades.staleTrades()));
        }
        SummaryLines.wall(err, "u", r.finalUpdateId(), r.wallNs(), r.diffsRead(), "diffs");
        verification(r, replay, err);
    }

    private static void verification(final ReplayResult r, final BinanceReplay replay, final PrintWriter err)
    {
        final Verification verification = replay.verification();
        if (verification == null)
        {
            return;
        }
        if (verification.tickers() > 0)
        {
            err.println(String.format("verify: bookTicker: %,d of %,d applied diffs matched (%,d mismatches, " +
                "%,d excused by ticker id jumps, %,d unverifiable; %,d tickers read)", r.tickerMatches(),
                r.tickerCheckpoints(), r.tickerMismatches(), r.tickerJumps(), r.tickerUnverifiable(),
                verification.tickers()));
        }
        if (r.checkpoints() > 0)
        {
            err.println(String.format("verify: checkpoints: %,d of %,d matched (%,d mismatches, %,d not aligned " +
                "with a diff, %,d beyond the last diff)", r.checkpointMatches(), r.checkpoints(),
                r.checkpointMismatches(), r.checkpointsUnaligned(), verification.unreached()));
        }
        if (verification.tickers() == 0 && r.checkpoints() == 0)
        {
            err.println("verify: nothing to compare with: the capture has no bookTickers and no checkpoints");
        }
        if (!r.verified())
        {
            err.println("verify: FAILED: " + r.firstMismatch());
        }
    }
}
