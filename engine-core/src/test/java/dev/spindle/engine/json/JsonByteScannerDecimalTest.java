package dev.spindle.engine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link JsonByteScanner#readDecimal}: its one-pass path (with the eight-decimal word conversion) and its careful
 * path must read every text exactly as {@link BigDecimal} does, and leave the scanner after the value.
 */
class JsonByteScannerDecimalTest
{
    private final Scanner scanner = new Scanner();

    @Test
    void shouldReadEveryIntegerWidthAndDecimalCountExactly()
    {
        final SplittableRandom random = new SplittableRandom(5);
        for (int intDigits = 1; intDigits <= 10; intDigits++)
        {
            for (int decimals = 0; decimals <= 8; decimals++)
            {
                for (int i = 0; i < 200; i++)
                {
                    final StringBuilder text = new StringBuilder();
                    for (int d = 0; d < intDigits; d++)
                    {
                        text.append((char)('0' + random.nextInt(10)));
                    }
                    if (decimals > 0)
                    {
                        text.append('.');
                        for (int d = 0; d < decimals; d++)
                        {
                            text.append((char)('0' + random.nextInt(10)));
                        }
                    }
                    assertReads(text.toString());
                }
            }
        }
    }

    @Test
    void shouldReadTheSpotShapeAtItsEdges()
    {
        assertReads("0.00000000");
        assertReads("0.00000001");
        assertReads("9999999.99999999");
        assertReads("2683.80000000");
        assertReads("00.50000000");
        assertReads("67000.12000000");
        assertReads("12345678.00000000");
        assertReads("1.000000000");
    }

    @Test
    void shouldRefuseWhatIsNotADecimalWhateverTheWidth()
    {
        for (final String bad : new String[] {
            "1.2345678x", "1x.23456789", "1..2345678", "abcdefg.hijklmno", "1234567.1234567/", "1 .23456789",
            "1234567.123456789", "12.3456789:"})
        {
            final byte[] json = ("[\"" + bad + "\",\"0.00000000\"]").getBytes(StandardCharsets.US_ASCII);
            scanner.wrap(json, 0, json.length);
            scanner.beginArray();
            assertThrows(IllegalArgumentException.class, () -> scanner.readDecimal(8, "price"), bad);
        }
    }

    private void assertReads(final String text)
    {
        final byte[] json = ("[\"" + text + "\",\"1.5\"]").getBytes(StandardCharsets.US_ASCII);
        scanner.wrap(json, 0, json.length);
        scanner.beginArray();
        final BigDecimal exact = new BigDecimal(text);
        if (exact.scale() > 8 && exact.stripTrailingZeros().scale() > 8)
        {
            assertThrows(IllegalArgumentException.class, () -> scanner.readDecimal(8, "price"), text);
            return;
        }
        assertEquals(exact.movePointRight(8).longValueExact(), scanner.readDecimal(8, "price"), text);
        scanner.comma();
        assertEquals(150_000_000L, scanner.readDecimal(8, "qty"), "the value after " + text);
        scanner.endArray();
    }

    private static final class Scanner extends JsonByteScanner
    {
        Scanner()
        {
            super("test");
        }

        @Override
        protected RuntimeException newError(final String message)
        {
            return new IllegalArgumentException(message);
        }
    }
}
