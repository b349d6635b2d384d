package dev.spindle.replay.run;

/** Closing what a replay opened once it has finished or failed. */
public final class Closeables
{
    private Closeables()
    {
    }

    /**
     * Close each non-null argument, in order, ignoring failures: the replay is already failing or finished, and
     * closing read passes and flushed outputs again loses nothing.
     *
     * @param closeables what to close; nulls are skipped.
     */
    public static void closeQuietly(final AutoCloseable... closeables)
    {
        for (final AutoCloseable closeable : closeables)
        {
            if (closeable != null)
            {
                try
                {
                    closeable.close();
                }
                catch (final Exception ex)
                {
                    // already failing or finished; closing read passes and flushed outputs again loses nothing
                }
            }
        }
    }
}
