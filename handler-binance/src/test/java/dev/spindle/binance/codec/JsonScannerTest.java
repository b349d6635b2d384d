package dev.spindle.binance.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.Decimal;

class JsonScannerTest
{
    private final JsonScanner scanner = new JsonScanner("test");

    @Test
    void shouldReadQuotedDecimalsExactlyAsDecimalParseDoes()
    {
        final SplittableRandom random = new SplittableRandom(11);
        final String[] fixed = {"0", "0.0", "2683.80000000", "0.00000637", "61800.20", "7", "12345678901.5",
            "9999999999.99999999", "10000000000.00000000", "92233720368.54775807", "92233720368.54775808", "1.000000000",
            "1.000000001", "-1.5", " 1.5", "1.", ".5", "1e5", "01.10", "", "1.2.3", "18446744073709551616"};
        for (final String text : fixed)
        {
            for (int scale = 0; scale <= Decimal.MAX_SCALE; scale++)
            {
                assertSameAsDecimal(text, scale);
            }
        }
        for (int i = 0; i < 100_000; i++)
        {
            final StringBuilder text = new StringBuilder();
            final int intDigits = 1 + random.nextInt(14);
            for (int d = 0; d < intDigits; d++)
            {
                text.append((char)('0' + random.nextInt(10)));
            }
            if (random.nextBoolean())
            {
                text.append('.');
                final int fractionDigits = 1 + random.nextInt(12);
                for (int d = 0; d < fractionDigits; d++)
                {
                    text.append((char)('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
                }
            }
            assertSameAsDecimal(text.toString(), random.nextInt(Decimal.MAX_SCALE + 1));
        }
    }

    private void assertSameAsDecimal(final String text, final int scale)
    {
        final byte[] quoted = ("\"" + text + "\",").getBytes(StandardCharsets.US_ASCII);
        final byte[] plain = text.getBytes(StandardCharsets.US_ASCII);
        scanner.wrap(quoted, 0, quoted.length);
        long expected = 0;
        String expectedError = null;
        try
        {
            expected = Decimal.parse(plain, 0, plain.length, scale);
        }
        catch (final NumberFormatException ex)
        {
            expectedError = ex.getMessage();
        }
        if (expectedError == null)
        {
            assertEquals(expected, scanner.readDecimal(scale, "price"), text + " at scale " + scale);
            scanner.comma();
        }
        else
        {
            final DecodeException ex = assertThrows(DecodeException.class, () -> scanner.readDecimal(scale, "price"),
                text + " at scale " + scale);
            assertTrue(ex.getMessage().contains("bad price: " + expectedError), ex.getMessage());
        }
    }
}
