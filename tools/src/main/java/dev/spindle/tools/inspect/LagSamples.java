package dev.spindle.tools.inspect;

import java.util.Arrays;

/**
 * Receive-time lag samples in microseconds (negative when the local clock is behind the exchange), kept whole
 * so percentiles are exact. Off the hot path: a week of 100 ms depth is about 6 M samples, 48 MB.
 */
final class LagSamples
{
    private long[] samplesUs = new long[1024];
    private int count;
    private boolean sorted = true;

    void add(final long lagUs)
    {
        if (count == samplesUs.length)
        {
            samplesUs = Arrays.copyOf(samplesUs, count << 1);
        }
        samplesUs[count++] = lagUs;
        sorted = false;
    }

    int count()
    {
        return count;
    }

    /**
     * @param percentile 0 to 100.
     * @return the nearest-rank percentile in milliseconds, or NaN without samples.
     */
    double percentileMs(final double percentile)
    {
        if (0 == count)
        {
            return Double.NaN;
        }
        if (!sorted)
        {
            Arrays.sort(samplesUs, 0, count);
            sorted = true;
        }
        final int rank = (int)Math.ceil(percentile / 100.0 * count);
        return samplesUs[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000.0;
    }
}
