package dev.spindle.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InstrumentTest
{
    @Test
    void shouldRenderWithTheScaleUntilDecimalsAreLearned()
    {
        final Instrument usdm = new Instrument("BTCUSDT", 8, 8);
        final long price = Decimal.parse("61800.20", 8);
        final long qty = Decimal.parse("2.909", 8);
        assertEquals("61800.20000000", usdm.priceToString(price));

        assertTrue(usdm.learnDecimals(2, 3));
        assertEquals("61800.20", usdm.priceToString(price));
        assertEquals("2.909", usdm.qtyToString(qty));
        assertEquals("0.000", usdm.qtyToString(0));
    }

    @Test
    void shouldKeepTheFirstLearnedDecimals()
    {
        final Instrument spot = new Instrument("ETHUSDT", 8, 8);
        assertFalse(spot.decimalsLearned());
        assertTrue(spot.learnDecimals(8, 8));
        assertFalse(spot.learnDecimals(2, 3));
        assertEquals(8, spot.priceDecimals());
        assertEquals("2683.80000000", spot.priceToString(spot.parsePrice("2683.8".getBytes(), 0, 6)));
    }

    @Test
    void shouldRejectScalesOutsideTheLongRange()
    {
        assertThrows(IllegalArgumentException.class, () -> new Instrument("X", 19, 8));
        assertThrows(IllegalArgumentException.class, () -> new Instrument("", 8, 8));
    }
}
