package dev.spindle.tools.score;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints scorecards as a Markdown table (readable in a terminal, pasteable into the README).
 */
final class ScoreTable
{
    private ScoreTable()
    {
    }

    static void print(final PrintWriter out, final LobsterDay day, final List<Scorecard> cards)
    {
        out.printf("%s: %,d messages, %d levels per side%n", day.name(), day.count(), day.levels());
        out.println("| model | feed | fill P | fill R | cancel P | cancel R | queue MAE (shares) | " +
            "queue MAE (of level) | fill attribution |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (final Scorecard c : cards)
        {
            out.printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", c.model, c.granularity(),
                share(c.fillPrecision()), share(c.fillRecall()), share(c.cancelPrecision()), share(c.cancelRecall()),
                number(c.queueMaeShares()), share(c.queueMaeFraction()), share(c.attribution()));
        }
        out.println();
        out.println("| model | feed | updates | known levels | dropped | true fill / cancel qty | " +
            "model fill / cancel qty | queue events (order gone) | executed qty | seconds |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (final Scorecard c : cards)
        {
            out.printf("| %s | %s | %,d | %,d | %,d | %,d / %,d | %,d / %,d | %,d (%,d) | %,d | %.2f |%n", c.model,
                c.granularity(), c.updates, c.knownLevels, c.droppedLevels, c.trueFillQty, c.trueCancelQty,
                c.modelFillQty, c.modelCancelQty, c.queueEvents, c.queueCarrierGone, c.executedQty,
                c.elapsedMs / 1000.0);
        }
    }

    private static String share(final double value)
    {
        return Double.isNaN(value) ? "—" : String.format("%.4f", value);
    }

    private static String number(final double value)
    {
        return Double.isNaN(value) ? "—" : String.format("%.3f", value);
    }
}
