package dev.spindle.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

abstract class PaddedCounterLhs
{
    long p01, p02, p03, p04, p05, p06, p07, p08;
}

abstract class PaddedCounterValue extends PaddedCounterLhs
{
    long value;
}

/**
 * A single-writer counter on a cache line of its own, so that a producer bumping it does not pull the line
 * holding the consumer's queue fields (false sharing). Superclass fields are laid out first, which keeps the
 * padding on both sides of {@code value}.
 * <p>
 * Threading: {@link #increment()} from one writer thread; {@link #get()} from any thread.
 */
final class PaddedCounter extends PaddedCounterValue
{
    private static final VarHandle VALUE;

    static
    {
        try
        {
            VALUE = MethodHandles.lookup().findVarHandle(PaddedCounterValue.class, "value", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    long p11, p12, p13, p14, p15, p16, p17, p18;

    void increment()
    {
        VALUE.setOpaque(this, (long)VALUE.getOpaque(this) + 1);
    }

    long get()
    {
        return (long)VALUE.getOpaque(this);
    }
}
