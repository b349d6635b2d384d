package dev.spindle.tools.sim.hyperliquid.market;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One market-data frame ready to send: the exact text of a {@code l2Book} or {@code trades} frame (recorded
 * frames are kept byte for byte) plus what the simulator needs without re-parsing it: the coin, the parsed book
 * and its {@code data} JSON for {@code POST /info}, or each trade's JSON for the replay sent on subscribe.
 * Immutable; shared by every connection it is sent to.
 */
public final class SimFrame
{
    /** The frame's channel. */
    public enum Kind
    {
        /** {@code l2Book}: a complete top-of-book snapshot. */
        L2_BOOK,
        /** {@code trades}: one block's trades of a coin. */
        TRADES
    }

    private final Kind kind;
    private final String coin;
    private final long sourceTimeNs;
    private final byte[] bytes;
    private final BookView book;
    private final String bookJson;
    private final List<String> trades;

    private SimFrame(
        final Kind kind,
        final String coin,
        final long sourceTimeNs,
        final byte[] bytes,
        final BookView book,
        final String bookJson,
        final List<String> trades)
    {
        this.kind = kind;
        this.coin = coin;
        this.sourceTimeNs = sourceTimeNs;
        this.bytes = bytes;
        this.book = book;
        this.bookJson = bookJson;
        this.trades = trades;
    }

    /**
     * @param sourceTimeNs source time relative to the source start, ns (paced by the sender).
     * @param text         the whole frame.
     * @param book         the parsed snapshot.
     * @param bookJson     the frame's {@code data} object, the body {@code POST /info} answers with.
     */
    public static SimFrame book(final long sourceTimeNs, final String text, final BookView book, final String bookJson)
    {
        return new SimFrame(Kind.L2_BOOK, book.coin(), sourceTimeNs, text.getBytes(StandardCharsets.UTF_8), book,
            bookJson, List.of());
    }

    /**
     * @param sourceTimeNs source time relative to the source start, ns.
     * @param coin         the trades' coin.
     * @param text         the whole frame.
     * @param trades       each trade object's JSON, in frame order.
     */
    public static SimFrame trades(final long sourceTimeNs, final String coin, final String text,
        final List<String> trades)
    {
        return new SimFrame(Kind.TRADES, coin, sourceTimeNs, text.getBytes(StandardCharsets.UTF_8), null, null,
            List.copyOf(trades));
    }

    /**
     * @param text the text to send instead (a fault).
     * @return a frame of the same kind and coin, holding the same book and trades, with that text.
     */
    public SimFrame withText(final String text)
    {
        return new SimFrame(kind, coin, sourceTimeNs, text.getBytes(StandardCharsets.UTF_8), book, bookJson, trades);
    }

    /** @return the frame's channel. */
    public Kind kind()
    {
        return kind;
    }

    /** @return the coin, as written on the wire. */
    public String coin()
    {
        return coin;
    }

    /** @return source time relative to the start of the source, ns; the sender divides it by the speed. */
    public long sourceTimeNs()
    {
        return sourceTimeNs;
    }

    /** @return a fresh buffer over the frame's UTF-8 bytes; it shares them, so never write to it. */
    public ByteBuffer payload()
    {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** @return the frame's text (allocates). */
    public String text()
    {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return the parsed snapshot of an {@link Kind#L2_BOOK} frame, null otherwise. */
    public BookView book()
    {
        return book;
    }

    /** @return the {@code data} object of an {@link Kind#L2_BOOK} frame, null otherwise. */
    public String bookJson()
    {
        return bookJson;
    }

    /** @return each trade's JSON of a {@link Kind#TRADES} frame, in frame order; empty otherwise. */
    public List<String> trades()
    {
        return trades;
    }
}
