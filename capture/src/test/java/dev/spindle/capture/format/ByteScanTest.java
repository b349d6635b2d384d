package dev.spindle.capture.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ByteScanTest
{
    @Test
    void shouldFindTheFirstMatchInEveryRangeAsAPlainLoopDoes()
    {
        final SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++)
        {
            final byte[] buf = new byte[random.nextInt(1, 64)];
            for (int i = 0; i < buf.length; i++)
            {
                // sparse matches, and bytes that differ from the target only in the high bit or by one
                buf[i] = (byte)(random.nextInt(8) == 0 ? '\n' : random.nextInt(4) == 0 ? 0x8A : random.nextInt(256));
            }
            for (int from = 0; from <= buf.length; from++)
            {
                for (int to = from; to <= buf.length; to++)
                {
                    assertEquals(naive(buf, from, to, (byte)'\n'),
                        ByteScan.indexOf(buf, from, to, ByteScan.broadcast((byte)'\n')), from + ".." + to);
                    assertEquals(naive(buf, from, to, (byte)0x8A),
                        ByteScan.indexOf(buf, from, to, ByteScan.broadcast((byte)0x8A)), from + ".." + to);
                }
            }
        }
    }

    private static int naive(final byte[] buf, final int from, final int to, final byte value)
    {
        for (int i = from; i < to; i++)
        {
            if (buf[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
