/**
 * Frame sources of the Hyperliquid simulator: recordings
 * ({@link dev.spindle.tools.sim.hyperliquid.source.RecordedSource},
 * archive lines and hftbacktest captures) and a synthetic random-walk market
 * ({@link dev.spindle.tools.sim.hyperliquid.source.SyntheticSource}).
 */
package dev.spindle.tools.sim.hyperliquid.source;
