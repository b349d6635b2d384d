package dev.spindle.replay.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.export.AsciiOutput;

/**
 * Writes a book the way Binance's REST depth endpoint does:
 * {@code {"lastUpdateId":N,"bids":[["p","q"],...],"asks":[["p","q"],...]}}, best first, with the decimals the
 * venue writes (learned from its snapshot), so the file can be compared byte for byte with a snapshot or an
 * independent rebuild.
 */
public final class BookJson
{
    private BookJson()
    {
    }

    /**
     * @param book the book.
     * @param file written (replaced) with one JSON object and no trailing newline, as the REST endpoint sends it.
     * @throws IOException if the file cannot be written.
     */
    public static void write(final L2Book book, final Path file) throws IOException
    {
        try (AsciiOutput out = new AsciiOutput(FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16, true))
        {
            write(book, out);
        }
    }

    /** Append the book's JSON object (no newline) to {@code out}. */
    public static void write(final L2Book book, final AsciiOutput out)
    {
        out.ensure(AsciiOutput.MAX_VALUE_BYTES);
        out.putAscii("{\"lastUpdateId\":");
        out.putLong(book.lastUpdateId());
        out.putAscii(",\"bids\":[");
        side(book, Side.BID, out);
        out.putAscii("],\"asks\":[");
        side(book, Side.ASK, out);
        out.putAscii("]}");
    }

    /**
     * Append {@code ["p","q"]} for a level; the caller has ensured room for two formatted decimals.
     */
    static void level(final Instrument instrument, final long price, final long qty, final AsciiOutput out)
    {
        final byte[] buf = out.buffer();
        int pos = out.position();
        buf[pos++] = '[';
        buf[pos++] = '"';
        pos += instrument.formatPrice(price, buf, pos);
        buf[pos++] = '"';
        buf[pos++] = ',';
        buf[pos++] = '"';
        pos += instrument.formatQty(qty, buf, pos);
        buf[pos++] = '"';
        buf[pos++] = ']';
        out.position(pos);
    }

    /** Bytes {@link #level} needs at most. */
    static final int LEVEL_BYTES = 2 * Decimal.MAX_FORMATTED_LENGTH + 8;

    private static void side(final L2Book book, final Side side, final AsciiOutput out)
    {
        final Instrument instrument = book.instrument();
        final int depth = book.depth(side);
        for (int i = 0; i < depth; i++)
        {
            out.ensure(LEVEL_BYTES + 1);
            if (i > 0)
            {
                out.put((byte)',');
            }
            level(instrument, book.priceAt(side, i), book.qtyAt(side, i), out);
        }
    }
}
