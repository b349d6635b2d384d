package dev.spindle.replay.export;

/**
 * What a Kryo event file says about itself before its events: enough to turn its integer fields back into the
 * exact JSON lines they came from.
 *
 * @param formatVersion  version of the event encoding ({@link KryoFormat#VERSION}).
 * @param symbol         the instrument's venue symbol.
 * @param priceScale     decimals implied by the instrument's price mantissas.
 * @param qtyScale       decimals implied by the events' quantity mantissas.
 * @param priceDecimals  decimals the venue writes for prices.
 * @param qtyDecimals    decimals the venue writes for quantities.
 * @param pricePrecision {@code price_ticks = price * 10^pricePrecision}.
 * @param model          the L3 model that inferred the events ({@code fifo} or {@code trades}).
 */
public record KryoHeader(
    int formatVersion,
    String symbol,
    int priceScale,
    int qtyScale,
    int priceDecimals,
    int qtyDecimals,
    int pricePrecision,
    String model)
{
}
