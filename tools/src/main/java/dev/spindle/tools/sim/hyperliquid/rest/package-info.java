/** The Hyperliquid simulator's REST endpoint: {@code POST /info} for {@code l2Book}. */
package dev.spindle.tools.sim.hyperliquid.rest;
