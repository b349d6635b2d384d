/**
 * The Hyperliquid simulator's market model: frames ready to send
 * ({@link dev.spindle.tools.sim.hyperliquid.market.SimFrame}),
 * the published state per coin ({@link dev.spindle.tools.sim.hyperliquid.market.SimMarket}: last book, recent
 * trades) and the oracle views ({@link dev.spindle.tools.sim.hyperliquid.market.BookView}).
 */
package dev.spindle.tools.sim.hyperliquid.market;
