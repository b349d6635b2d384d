package dev.spindle.replay.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.export.AsciiOutput;

/**
 * {@code --tob-out}: one JSON line per applied diff, {@code {"u":N,"bid":["p","q"],"ask":["p","q"]}}, with
 * {@code null} for an empty side and the venue's decimals. Allocation-free per line. Not thread safe.
 */
public final class TopOfBookWriter implements AutoCloseable
{
    private static final int LINE_BYTES = 2 * BookJson.LEVEL_BYTES + 64;

    private final AsciiOutput out;
    private long lines;

    /**
     * @param file created or replaced.
     * @throws IOException if it cannot be opened.
     */
    public TopOfBookWriter(final Path file) throws IOException
    {
        out = new AsciiOutput(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE), 1 << 20, true);
    }

    /** Write the book's top after a diff was applied. */
    public void onApplied(final L2Book book)
    {
        final AsciiOutput o = out;
        o.ensure(LINE_BYTES);
        o.putAscii("{\"u\":");
        o.putLong(book.lastUpdateId());
        o.putAscii(",\"bid\":");
        side(book, Side.BID, o);
        o.putAscii(",\"ask\":");
        side(book, Side.ASK, o);
        o.putAscii("}\n");
        lines++;
    }

    /** @return lines written. */
    public long lines()
    {
        return lines;
    }

    @Override
    public void close()
    {
        out.close();
    }

    private static void side(final L2Book book, final Side side, final AsciiOutput out)
    {
        if (book.depth(side) == 0)
        {
            out.putAscii("null");
            return;
        }
        final Instrument instrument = book.instrument();
        BookJson.level(instrument, book.bestPrice(side), book.bestQty(side), out);
    }
}
