package dev.spindle.replay.hyperliquid;

import java.util.function.Supplier;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.codec.BookLevels;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/**
 * {@code --verify} of a Hyperliquid replay: after each l2Book message that advances the book, the rebuilt book must
 * show the message exactly, level by level (price, size and order count {@code n}). Counts the messages checked and
 * those that differ, and keeps the first difference. Runs on the replay thread.
 */
final class MessageCheck
{
    private final L2Book book;
    private final L2SnapshotDiffer differ;
    private final Supplier<String> where;
    private long checked;
    private long mismatches;
    private String firstMismatch;

    /**
     * @param book   the rebuilt book.
     * @param differ the differ holding the book's order counts.
     * @param where  the position of the message being handled, asked only on a mismatch.
     */
    MessageCheck(final L2Book book, final L2SnapshotDiffer differ, final Supplier<String> where)
    {
        this.book = book;
        this.differ = differ;
        this.where = where;
    }

    /** @param snapshot the message just applied. */
    void check(final L2Snapshot snapshot)
    {
        checked++;
        final String difference = difference(Side.BID, snapshot.bids());
        final String mismatch = difference != null ? difference : difference(Side.ASK, snapshot.asks());
        if (mismatch != null)
        {
            mismatches++;
            if (firstMismatch == null)
            {
                firstMismatch = where.get() + ": " + mismatch;
            }
        }
    }

    /** @return messages checked. */
    long checked()
    {
        return checked;
    }

    /** @return of those, messages whose levels differed from the book. */
    long mismatches()
    {
        return mismatches;
    }

    /** @return the first difference with its position, or null. */
    String firstMismatch()
    {
        return firstMismatch;
    }

    private String difference(final Side side, final BookLevels levels)
    {
        if (book.depth(side) != levels.count())
        {
            return side + " depth " + book.depth(side) + ", message " + levels.count();
        }
        for (int i = 0; i < levels.count(); i++)
        {
            if (book.priceAt(side, i) != levels.price(i) || book.qtyAt(side, i) != levels.size(i) ||
                differ.orderCount(side, i) != levels.orders(i))
            {
                final Instrument instrument = book.instrument();
                return side + " level " + i + ": book " + instrument.priceToString(book.priceAt(side, i)) + " x " +
                    instrument.qtyToString(book.qtyAt(side, i)) + ", message " +
                    instrument.priceToString(levels.price(i)) + " x " + instrument.qtyToString(levels.size(i));
            }
        }
        return null;
    }
}
