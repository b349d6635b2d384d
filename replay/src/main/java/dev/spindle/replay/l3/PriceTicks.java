package dev.spindle.replay.l3;

import dev.spindle.engine.book.Decimal;
import dev.spindle.replay.ReplayException;

/**
 * Converts exact price mantissas to hft-rs's integer {@code price_ticks = price * 10^precision}, refusing any price
 * the precision cannot hold exactly (hft-rs would round it silently).
 */
public final class PriceTicks
{
    /** hft-rs's default {@code --price-precision}. */
    public static final int DEFAULT_PRECISION = 4;

    private final int priceScale;
    private final int precision;
    private final long divisor;
    private final long multiplier;

    /**
     * @param priceScale decimals implied by the price mantissas.
     * @param precision  decimals kept in ticks, 0 to {@link Decimal#MAX_SCALE}.
     */
    public PriceTicks(final int priceScale, final int precision)
    {
        if (precision < 0 || precision > Decimal.MAX_SCALE)
        {
            throw new ReplayException("--price-precision " + precision + " outside 0.." + Decimal.MAX_SCALE);
        }
        this.priceScale = priceScale;
        this.precision = precision;
        this.divisor = precision < priceScale ? Decimal.pow10(priceScale - precision) : 1;
        this.multiplier = precision > priceScale ? Decimal.pow10(precision - priceScale) : 1;
    }

    /** @return decimals kept in ticks. */
    public int precision()
    {
        return precision;
    }

    /**
     * @param price price mantissa at the price scale.
     * @return the price in ticks.
     * @throws ReplayException if the price has more significant decimals than the precision, or overflows.
     */
    public long toTicks(final long price)
    {
        if (divisor != 1)
        {
            final long ticks = price / divisor;
            if (ticks * divisor != price)
            {
                final String text = Decimal.toString(price, priceScale, 0);
                final int needed = text.indexOf('.') < 0 ? 0 : text.length() - text.indexOf('.') - 1;
                throw new ReplayException("price " + text + " has " + needed + " decimals, more than --price-precision " +
                    precision + " keeps; use --price-precision " + needed);
            }
            return ticks;
        }
        try
        {
            return Math.multiplyExact(price, multiplier);
        }
        catch (final ArithmeticException ex)
        {
            throw new ReplayException("price " + Decimal.toString(price, priceScale, 0) + " overflows ticks at " +
                "--price-precision " + precision);
        }
    }
}
