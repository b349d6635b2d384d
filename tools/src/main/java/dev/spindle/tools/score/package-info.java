/**
 * {@code spindle score-l3}: scores the replay's L3 inference models against real order-by-order data (LOBSTER
 * message and orderbook files). {@link dev.spindle.tools.score.ScoreL3Command} is the command; the feed a level
 * venue would publish is derived and scored per model and granularity by {@code ScoreRun} against the true queues
 * of {@code TruthBook}. Metric definitions: README.md, "Scoring L3 inference".
 */
package dev.spindle.tools.score;
