package dev.spindle.tools.sim;

/**
 * A running venue simulator. {@link #close()} stops its servers and source thread; it is idempotent and throws
 * nothing, so a command can close it from a {@code try}-with-resources without a catch.
 */
public interface Simulator extends AutoCloseable
{
    /** Stops everything the simulator started; safe to call more than once. */
    @Override
    void close();
}
