package dev.spindle.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DecimalTest
{
    @Test
    void shouldParseVenueStringsExactly()
    {
        assertEquals(268380000000L, Decimal.parse("2683.80000000", 8));
        assertEquals(6180020L, Decimal.parse("61800.20", 2));
        assertEquals(2909L, Decimal.parse("2.909", 3));
        assertEquals(0L, Decimal.parse("0.00000000", 8));
        assertEquals(24L, Decimal.parse("24", 0));
        assertEquals(2400L, Decimal.parse("24", 2));
        assertEquals(-150L, Decimal.parse("-1.5", 2));
        assertEquals(637L, Decimal.parse("0.00000637", 8));
    }

    @Test
    void shouldParseFromTheMiddleOfABuffer()
    {
        final byte[] frame = "[\"2683.80000000\",\"3.02920000\"]".getBytes(StandardCharsets.US_ASCII);
        assertEquals(268380000000L, Decimal.parse(frame, 2, 13, 8));
        assertEquals(302920000L, Decimal.parse(frame, 18, 10, 8));
    }

    @Test
    void shouldAcceptExtraFractionDigitsOnlyWhenZero()
    {
        assertEquals(6180020L, Decimal.parse("61800.20000000", 2));
        final NumberFormatException ex =
            assertThrows(NumberFormatException.class, () -> Decimal.parse("61800.205", 2));
        assertEquals("decimal '61800.205' has more than 2 decimals", ex.getMessage());
    }

    @Test
    void shouldRejectMalformedTextNamingIt()
    {
        for (final String bad : new String[] {"", "-", ".5", "5.", "1.2.3", "1e5", "+1", " 1", "1 ", "0x10", "1,5"})
        {
            final NumberFormatException ex =
                assertThrows(NumberFormatException.class, () -> Decimal.parse(bad, 8), bad);
            assertTrue(ex.getMessage().startsWith("decimal '" + bad + "' "), ex.getMessage());
        }
    }

    @Test
    void shouldReportOverflowInsteadOfWrapping()
    {
        assertEquals(Long.MAX_VALUE, Decimal.parse("92233720368.54775807", 8));
        assertEquals(Long.MIN_VALUE, Decimal.parse("-92233720368.54775808", 8));
        assertThrows(NumberFormatException.class, () -> Decimal.parse("92233720368.54775808", 8));
        assertThrows(NumberFormatException.class, () -> Decimal.parse("92233720369", 8));
        assertThrows(NumberFormatException.class, () -> Decimal.parse("99999999999999999999", 0));
        final NumberFormatException ex =
            assertThrows(NumberFormatException.class, () -> Decimal.parse("100000000000.0", 8));
        assertEquals("decimal '100000000000.0' overflows a long mantissa at scale 8", ex.getMessage());
    }

    @Test
    void shouldFormatWithTheVenueDecimals()
    {
        assertEquals("2683.80000000", Decimal.toString(268380000000L, 8, 8));
        assertEquals("2683.80", Decimal.toString(268380000000L, 8, 2));
        assertEquals("61800.20", Decimal.toString(6180020L, 2, 2));
        assertEquals("2.909", Decimal.toString(2909L, 3, 3));
        assertEquals("0.000", Decimal.toString(0L, 8, 3));
        assertEquals("24", Decimal.toString(2400L, 2, 0));
        assertEquals("-0.05", Decimal.toString(-5L, 2, 2));
        assertEquals("1.50000", Decimal.toString(15L, 1, 5));
    }

    @Test
    void shouldWriteMoreDigitsThanShownRatherThanRound()
    {
        assertEquals("2683.805", Decimal.toString(268380500000L, 8, 2));
        assertEquals("0.00000001", Decimal.toString(1L, 8, 0));
    }

    @Test
    void shouldFormatExtremeMantissas()
    {
        assertEquals("92233720368.54775807", Decimal.toString(Long.MAX_VALUE, 8, 8));
        assertEquals("-92233720368.54775808", Decimal.toString(Long.MIN_VALUE, 8, 8));
        assertEquals("-9223372036854775808", Decimal.toString(Long.MIN_VALUE, 0, 0));
        assertEquals("-9.223372036854775808", Decimal.toString(Long.MIN_VALUE, 18, 18));
    }

    @Test
    void shouldRoundTripRandomValuesAgainstBigDecimal()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final byte[] out = new byte[Decimal.MAX_FORMATTED_LENGTH];
        for (int i = 0; i < 200_000; i++)
        {
            final int scale = random.nextInt(Decimal.MAX_SCALE + 1);
            final long mantissa = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(-1_000_000_000L,
                1_000_000_000L);
            final int decimals = random.nextInt(Decimal.MAX_SCALE + 1);
            final int len = Decimal.format(mantissa, scale, decimals, out, 0);
            final String text = new String(out, 0, len, StandardCharsets.US_ASCII);
            final BigDecimal expected = BigDecimal.valueOf(mantissa, scale);
            assertEquals(0, expected.compareTo(new BigDecimal(text)), text);
            final int dot = text.indexOf('.');
            final int shown = dot < 0 ? 0 : text.length() - dot - 1;
            assertTrue(shown >= decimals && shown <= Math.max(decimals, scale), text);
            assertEquals(mantissa, Decimal.parse(out, 0, len, scale), text);
        }
    }

    @Test
    void shouldCountDisplayedDecimals()
    {
        final byte[] text = "61800.20 2.909 7".getBytes(StandardCharsets.US_ASCII);
        assertEquals(2, Decimal.fractionDigits(text, 0, 8));
        assertEquals(3, Decimal.fractionDigits(text, 9, 5));
        assertEquals(0, Decimal.fractionDigits(text, 15, 1));
    }
}
