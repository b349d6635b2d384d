/**
 * The engine: {@link dev.spindle.engine.Engine} polls {@link dev.spindle.engine.FeedHandler}s on one (optionally
 * pinned) thread; {@link dev.spindle.engine.AgentThread} runs any Agrona agent on its own thread with bounded start
 * and close; idle strategies by name; {@link dev.spindle.engine.ShutdownSignals} for mains.
 * <p>
 * Wiring, opened in this order and closed in reverse: {@code EventLog} → {@code MetricsReporter} → {@code Engine}.
 */
package dev.spindle.engine;
