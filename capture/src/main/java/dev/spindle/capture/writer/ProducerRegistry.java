package dev.spindle.capture.writer;

import java.util.Arrays;

/**
 * Copy-on-write list of live producers: producers are added from any thread off the hot path and removed by the
 * capture thread once retired and drained; the capture thread reads the current array without a lock.
 */
final class ProducerRegistry
{
    private static final CaptureProducer[] EMPTY = new CaptureProducer[0];

    private volatile CaptureProducer[] producers = EMPTY;

    CaptureProducer[] producers()
    {
        return producers;
    }

    synchronized void add(final CaptureProducer producer)
    {
        final CaptureProducer[] current = producers;
        final CaptureProducer[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = producer;
        producers = next;
    }

    synchronized void remove(final CaptureProducer producer)
    {
        final CaptureProducer[] current = producers;
        int index = -1;
        for (int i = 0; i < current.length; i++)
        {
            if (current[i] == producer)
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            return;
        }
        final CaptureProducer[] next = new CaptureProducer[current.length - 1];
        System.arraycopy(current, 0, next, 0, index);
        System.arraycopy(current, index + 1, next, index, current.length - index - 1);
        producers = next;
    }
}
