package dev.spindle.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A handler that records every callback; it throws from the first {@code failures} polls.
 */
class RecordingHandler implements FeedHandler
{
    final String name;
    final int failures;
    final AtomicLong polls = new AtomicLong();
    final AtomicLong lastNowNs = new AtomicLong(Long.MIN_VALUE);
    final AtomicInteger starts = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    RecordingHandler(final String name)
    {
        this(name, 0);
    }

    RecordingHandler(final String name, final int failures)
    {
        this.name = name;
        this.failures = failures;
    }

    @Override
    public String name()
    {
        return name;
    }

    @Override
    public void onStart()
    {
        threads.add(Thread.currentThread().getName());
        starts.incrementAndGet();
    }

    @Override
    public int poll(final long nowNs)
    {
        lastNowNs.set(nowNs);
        if (polls.incrementAndGet() <= failures)
        {
            throw new IllegalStateException("boom " + polls.get());
        }
        return 0;
    }

    @Override
    public void onError(final Throwable error)
    {
        errors.add(error);
    }

    @Override
    public void onClose()
    {
        threads.add(Thread.currentThread().getName());
        closes.incrementAndGet();
    }
}
