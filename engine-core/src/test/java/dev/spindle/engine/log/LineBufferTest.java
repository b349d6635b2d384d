package dev.spindle.engine.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LineBufferTest
{
    @Test
    void shouldRenderDecimalsExactlyAsBigDecimalDoes()
    {
        final long[] mantissas = {0, 1, -1, 5, -5, 9, 10, 99, 100, 101, 1234, -1234, 999_999, 1_000_000,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 6_512_345};
        final SplittableRandom random = new SplittableRandom(7);
        for (int scale = 0; scale <= EventBuilder.MAX_SCALE; scale++)
        {
            for (final long mantissa : mantissas)
            {
                assertRendered(mantissa, scale);
            }
            for (int i = 0; i < 1000; i++)
            {
                assertRendered(random.nextLong(), scale);
                assertRendered(random.nextLong(-1_000_000, 1_000_000), scale);
            }
        }
    }

    @Test
    void shouldRenderUtcTimestampsWithMicroseconds()
    {
        assertEquals("1970-01-01T00:00:00.000000Z", timestamp(0));
        assertEquals("1969-12-31T23:59:59.999999Z", timestamp(-1));
        assertEquals("2024-02-29T12:34:56.789012Z", timestamp(1_709_210_096_789_012_345L));
        assertEquals("2024-08-08T23:54:14.123456Z", timestamp(1_723_161_254_123_456_789L));
    }

    @Test
    void shouldRenderEpochNanosAsPlainIntegers()
    {
        final long[] values = {0, 7, 999_999_999, 1_000_000_000, 1_000_000_001, 1_723_161_254_000_000_005L,
            1_723_161_254_123_456_789L, 1_723_161_255_000_000_000L, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        final LineBuffer buffer = new LineBuffer(8);
        for (final long value : values)
        {
            buffer.clear();
            buffer.reserveLine();
            buffer.putEpochNanos(value);
            assertEquals(Long.toString(value), text(buffer));
        }
    }

    private static void assertRendered(final long mantissa, final int scale)
    {
        final LineBuffer buffer = new LineBuffer(8);
        buffer.reserveLine();
        buffer.putDecimal(mantissa, scale);
        assertEquals(BigDecimal.valueOf(mantissa, scale).toPlainString(), text(buffer), mantissa + " scale " + scale);
    }

    private static String timestamp(final long epochNs)
    {
        final LineBuffer buffer = new LineBuffer(8);
        buffer.reserveLine();
        buffer.putTimestamp(epochNs);
        return text(buffer);
    }

    private static String text(final LineBuffer buffer)
    {
        return new String(buffer.copy(), StandardCharsets.UTF_8);
    }
}
