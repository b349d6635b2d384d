package dev.spindle.replay.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.esotericsoftware.kryo.io.Output;

class KryoVarLongTest
{
    @Test
    void shouldEncodeExactlyAsKryoDoesAtEveryLengthAndSign()
    {
        final SplittableRandom random = new SplittableRandom(3);
        final long[] values = new long[2000];
        int n = 0;
        for (int bits = 0; bits < 64; bits++)
        {
            values[n++] = 1L << bits;
            values[n++] = (1L << bits) - 1;
            values[n++] = -(1L << bits);
        }
        values[n++] = Long.MAX_VALUE;
        values[n++] = Long.MIN_VALUE;
        while (n < values.length)
        {
            values[n++] = random.nextLong() >> random.nextInt(64);
        }
        for (final long value : values)
        {
            assertSame(kryoVarLong(value, true), ours(value), "writeVarLong(" + value + ", true)");
            assertSame(kryoVarLong(value, false), ours(KryoEventWriter.zigZag(value)),
                "writeVarLong(" + value + ", false)");
            final int asInt = (int)value;
            assertSame(kryoVarInt(asInt), ours(asInt & 0xFFFF_FFFFL), "writeVarInt(" + asInt + ", true)");
        }
    }

    private static void assertSame(final byte[] kryo, final byte[] ours, final String what)
    {
        assertArrayEquals(kryo, ours, what);
    }

    private static byte[] ours(final long value)
    {
        final byte[] buffer = new byte[16];
        return Arrays.copyOf(buffer, KryoEventWriter.putVarLong(buffer, 0, value));
    }

    private static byte[] kryoVarLong(final long value, final boolean optimizePositive)
    {
        final Output output = new Output(16);
        output.writeVarLong(value, optimizePositive);
        return output.toBytes();
    }

    private static byte[] kryoVarInt(final int value)
    {
        final Output output = new Output(16);
        output.writeVarInt(value, true);
        return output.toBytes();
    }
}
