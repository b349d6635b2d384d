/**
 * The Hyperliquid simulator's WebSocket endpoint ({@code /ws}): greeting, subscribe/unsubscribe with
 * {@code subscriptionResponse} echoes, initial book and trade replay, ping/pong, {@code error} frames, the
 * unknown-coin close and the idle close.
 */
package dev.spindle.tools.sim.hyperliquid.ws;
