/**
 * Hyperliquid simulator: {@link dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator} (API for tests),
 * {@link dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig} (settings) and
 * {@link dev.spindle.tools.sim.hyperliquid.HyperliquidSimCommand} ({@code spindle sim hyperliquid}).
 * Sub-packages: {@code market} (published state and oracle views), {@code source} (recorded and synthetic
 * frames), {@code ws} ({@code /ws} protocol) and {@code rest} ({@code POST /info}).
 */
package dev.spindle.tools.sim.hyperliquid;
