package dev.spindle.replay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AsciiOutputTest
{
    @Test
    void shouldWriteIntegersOfEveryLength()
    {
        final long[] values = {0, 7, 10, 99, 100, 12_345_678, 99_999_999, 100_000_000, 1_717_000_000_100L,
            9_999_999_999_999_999L, Long.MAX_VALUE, -1, -12_345, Long.MIN_VALUE};
        for (final long value : values)
        {
            assertEquals(Long.toString(value), write(out -> out.putLong(value)));
        }
        final Random random = new Random(1);
        for (int i = 0; i < 100_000; i++)
        {
            final long value = random.nextLong() >>> random.nextInt(64);
            assertEquals(Long.toString(value), write(out -> out.putLong(value)));
        }
    }

    @Test
    void shouldWriteUnsignedOrderIds()
    {
        final long[] values = {0, 1, (26_838_000L << 32) | 3, -1L, Long.MIN_VALUE, (3_000_000_000L << 32) | 1};
        for (final long value : values)
        {
            assertEquals(Long.toUnsignedString(value), write(out -> out.putUnsignedLong(value)));
        }
    }

    @Test
    void shouldWriteExactDecimalsWithAtLeastOneFractionDigit()
    {
        assertEquals("3.0292", write(out -> out.putDecimal(302_920_000L, 8)));
        assertEquals("0.5", write(out -> out.putDecimal(50_000_000L, 8)));
        assertEquals("3.0", write(out -> out.putDecimal(300_000_000L, 8)));
        assertEquals("0.0", write(out -> out.putDecimal(0, 8)));
        assertEquals("0.00000001", write(out -> out.putDecimal(1, 8)));
        assertEquals("92233720368.54775807", write(out -> out.putDecimal(Long.MAX_VALUE, 8)));
        assertEquals("12.5", write(out -> out.putDecimal(125, 1)));
        assertEquals("7.0", write(out -> out.putDecimal(7, 0)));
        assertEquals("-1.25", write(out -> out.putDecimal(-125, 2)));
        final Random random = new Random(2);
        for (int i = 0; i < 100_000; i++)
        {
            final long mantissa = random.nextLong() >>> random.nextInt(64);
            final int scale = random.nextInt(9);
            final String text = write(out -> out.putDecimal(mantissa, scale));
            assertEquals(0, new BigDecimal(text).compareTo(BigDecimal.valueOf(mantissa, scale)), text);
            assertEquals(text.endsWith(".0") ? text.length() - 2 : text.length(),
                BigDecimal.valueOf(mantissa, scale).stripTrailingZeros().toPlainString().length(), text);
        }
    }

    private static String write(final java.util.function.Consumer<AsciiOutput> writer)
    {
        final ByteChannels channel = new ByteChannels();
        try (AsciiOutput out = new AsciiOutput(channel, 4096, false))
        {
            out.ensure(AsciiOutput.MAX_VALUE_BYTES);
            writer.accept(out);
        }
        return channel.text();
    }
}
