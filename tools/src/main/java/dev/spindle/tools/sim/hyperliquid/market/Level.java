package dev.spindle.tools.sim.hyperliquid.market;

/**
 * One level of a Hyperliquid book, as the venue writes it.
 *
 * @param px price string, e.g. {@code "105055.0"}.
 * @param sz size string, e.g. {@code "3.03622"}.
 * @param n  order count at the level.
 */
public record Level(String px, String sz, int n)
{
}
