/**
 * Counters ({@link dev.spindle.engine.metrics.Counter}, {@link dev.spindle.engine.metrics.Counters}), HdrHistogram
 * latency recorders per source and stage, and the {@link dev.spindle.engine.metrics.MetricsReporter} that logs them.
 */
package dev.spindle.engine.metrics;
