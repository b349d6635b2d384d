package dev.spindle.tools.sim.binance.book;

/**
 * One price level as the venue writes it: the exact decimal strings, never re-rendered.
 *
 * @param price price string, e.g. {@code "2683.80000000"}.
 * @param qty   absolute quantity string; {@code "0.00000000"} in a diff means "remove the level".
 */
public record Level(String price, String qty)
{
}
