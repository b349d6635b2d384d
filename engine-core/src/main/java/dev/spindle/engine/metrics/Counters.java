package dev.spindle.engine.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One source's set of {@link Counter} values (e.g. {@code binance:BTCUSDT} or a handler name).
 * <p>
 * Threading: {@link #increment}, {@link #add} and {@link #set} are single-writer operations (an opaque
 * read-modify-write with no lock and no fence, a few ns on the engine thread); only ONE thread may write through
 * them for a given set. A counter that several threads bump must go through {@link #addAtomic}. {@link #get} may be
 * called from any thread and sees every write eventually (opaque). Nothing here allocates.
 */
public final class Counters
{
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(long[].class);

    private final String source;
    private final long[] values = new long[Counter.count()];

    /**
     * Prefer {@link MetricsRegistry#counters(String)}, which registers the set for reporting.
     *
     * @param source the name reports show for this set.
     */
    public Counters(final String source)
    {
        this.source = source;
    }

    /** @return the source name this set reports under. */
    public String source()
    {
        return source;
    }

    /**
     * Single writer: add one.
     *
     * @param counter which counter.
     */
    public void increment(final Counter counter)
    {
        add(counter, 1);
    }

    /**
     * Single writer: add {@code delta}.
     *
     * @param counter which counter.
     * @param delta   amount to add.
     */
    public void add(final Counter counter, final long delta)
    {
        final int index = counter.id();
        VALUES.setOpaque(values, index, (long)VALUES.getOpaque(values, index) + delta);
    }

    /**
     * Single writer: set an absolute value (for totals the writer already keeps).
     *
     * @param counter which counter.
     * @param value   new value.
     */
    public void set(final Counter counter, final long value)
    {
        VALUES.setOpaque(values, counter.id(), value);
    }

    /**
     * Any number of writers: add {@code delta} atomically (a locked instruction; keep it off the hottest paths).
     *
     * @param counter which counter.
     * @param delta   amount to add.
     */
    public void addAtomic(final Counter counter, final long delta)
    {
        VALUES.getAndAdd(values, counter.id(), delta);
    }

    /**
     * Any thread.
     *
     * @param counter which counter.
     * @return its current value.
     */
    public long get(final Counter counter)
    {
        return (long)VALUES.getOpaque(values, counter.id());
    }
}
