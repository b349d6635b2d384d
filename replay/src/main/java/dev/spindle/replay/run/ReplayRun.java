package dev.spindle.replay.run;

import java.io.IOException;
import java.io.PrintWriter;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayWarnings;

/**
 * The life of one replay, whatever the venue: set up, replay to the end of the capture, finish (outputs, summary),
 * and close everything opened whether it succeeded or not. An I/O failure becomes a {@link ReplayException}.
 * <p>
 * Not thread safe; one replay per instance.
 *
 * @param <R> what the replay reports.
 */
public abstract class ReplayRun<R>
{
    /** What to replay and write. */
    protected final ReplayOptions options;
    /** Progress, warnings and summary. */
    protected final PrintWriter err;
    /** Counts and prints warnings and skipped lines. */
    protected final ReplayWarnings warnings;
    /** {@link System#nanoTime()} when the replay was created, for the wall time and rates. */
    protected final long startNs = System.nanoTime();

    /**
     * @param options what to replay and write.
     * @param err     progress, warnings and summary.
     */
    protected ReplayRun(final ReplayOptions options, final PrintWriter err)
    {
        this.options = options;
        this.err = err;
        this.warnings = new ReplayWarnings(err);
    }

    /**
     * Run the replay to the end of the capture.
     *
     * @return the counts.
     * @throws ReplayException on bad input, a sequence error under {@code --validate-sequence} or an output error.
     */
    public final R run()
    {
        try
        {
            setUp();
            replay();
            return finish();
        }
        catch (final IOException ex)
        {
            throw new ReplayException(ex.getMessage(), ex);
        }
        finally
        {
            closeQuietly();
        }
    }

    /**
     * Open the capture's passes and the outputs.
     *
     * @throws IOException if a file cannot be opened.
     */
    protected abstract void setUp() throws IOException;

    /**
     * Replay every record of the capture.
     *
     * @throws IOException if a file cannot be read.
     */
    protected abstract void replay() throws IOException;

    /**
     * Check the outcome, close the outputs and print the summary.
     *
     * @return the counts.
     * @throws IOException if an output cannot be written.
     */
    protected abstract R finish() throws IOException;

    /** Release every thread and file opened, ignoring failures; runs after success and failure alike. */
    protected abstract void closeQuietly();

    /** @return the position of the record being handled ({@code file:line}), for messages. */
    protected abstract String where();

    /**
     * @param ex a model's complaint, which does not know where it is.
     * @return the same complaint prefixed with the position of the record being handled.
     */
    protected final ReplayException located(final ReplayException ex)
    {
        return new ReplayException(where() + ": " + ex.getMessage());
    }
}
