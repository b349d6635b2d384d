/**
 * Binance spot simulator: {@link dev.spindle.tools.sim.binance.BinanceSimulator} (API for tests),
 * {@link dev.spindle.tools.sim.binance.BinanceSimConfig} (settings), {@link dev.spindle.tools.sim.binance.FaultPlan}
 * (scheduled faults) and {@link dev.spindle.tools.sim.binance.BinanceSimCommand} ({@code spindle sim binance}).
 * Sub-packages: {@code book} (the oracle book), {@code source} (recorded and synthetic frames), {@code ws}
 * (WebSocket protocol and connection rules), {@code rest} ({@code /api/v3/depth}, weight limit).
 */
package dev.spindle.tools.sim.binance;
