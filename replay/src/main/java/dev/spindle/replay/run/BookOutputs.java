package dev.spindle.replay.run;

import java.io.IOException;

import dev.spindle.engine.book.L2Book;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.verify.BookJson;
import dev.spindle.replay.verify.TopOfBookWriter;

/**
 * The book outputs of a replay, whatever the venue: {@code --tob-out} (a line per book change, written on the replay
 * thread) and {@code --final-book} (written once at the end). Closes idempotently.
 */
public final class BookOutputs implements AutoCloseable
{
    private final ReplayOptions options;
    private final TopOfBookWriter tob;

    /**
     * @param options output flags.
     * @throws IOException if {@code --tob-out} cannot be opened.
     */
    public BookOutputs(final ReplayOptions options) throws IOException
    {
        this.options = options;
        this.tob = options.tobOut() != null ? new TopOfBookWriter(options.tobOut()) : null;
    }

    /** @return the {@code --tob-out} writer, or null; the replay calls it after every book change. */
    public TopOfBookWriter tob()
    {
        return tob;
    }

    /**
     * Close {@code --tob-out} and write {@code --final-book}.
     *
     * @param book the final book.
     * @throws IOException if the final book cannot be written.
     */
    public void finish(final L2Book book) throws IOException
    {
        close();
        if (options.finalBook() != null)
        {
            BookJson.write(book, options.finalBook());
        }
    }

    @Override
    public void close()
    {
        if (tob != null)
        {
            tob.close();
        }
    }
}
