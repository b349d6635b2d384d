package dev.spindle.replay.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.Decimal;
import dev.spindle.replay.ReplayException;

class PriceTicksTest
{
    @Test
    void shouldScalePricesExactlyToTheRequestedPrecision()
    {
        assertEquals(26_838_000L, new PriceTicks(8, 4).toTicks(Decimal.parse("2683.80000000", 8)));
        assertEquals(268_380L, new PriceTicks(8, 2).toTicks(Decimal.parse("2683.8", 8)));
        assertEquals(2_683_800_000_000_000L, new PriceTicks(8, 12).toTicks(Decimal.parse("2683.8", 8)));
    }

    @Test
    void shouldRefuseAPriceWithMoreDecimalsThanThePrecisionNamingValueAndFlag()
    {
        final ReplayException ex = assertThrows(ReplayException.class,
            () -> new PriceTicks(8, 4).toTicks(Decimal.parse("0.00012345", 8)));

        assertEquals("price 0.00012345 has 8 decimals, more than --price-precision 4 keeps; use --price-precision 8",
            ex.getMessage());
    }
}
