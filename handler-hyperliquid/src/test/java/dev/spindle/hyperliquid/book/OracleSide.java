package dev.spindle.hyperliquid.book;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.codec.BookLevels;

/**
 * The naive view of one side: a {@link TreeMap} of price to {size, n}, best first, moved only by applying diffs.
 * It checks each change's "before" values against what it holds, so a diff that misstates the past fails too.
 */
final class OracleSide
{
    private final Side side;
    private final TreeMap<Long, long[]> levels;

    OracleSide(final Side side)
    {
        this.side = side;
        this.levels = new TreeMap<>(
            side == Side.BID ? Comparator.<Long>reverseOrder() : Comparator.<Long>naturalOrder());
    }

    void load(final BookLevels snapshot)
    {
        levels.clear();
        for (int i = 0; i < snapshot.count(); i++)
        {
            levels.put(snapshot.price(i), new long[] {snapshot.size(i), snapshot.orders(i)});
        }
    }

    /** @return null if the changes apply cleanly, else what was wrong. */
    String apply(final LevelChanges changes)
    {
        for (int i = 0; i < changes.count(); i++)
        {
            final long price = changes.price(i);
            final long[] held = levels.get(price);
            final LevelChangeKind kind = changes.kind(i);
            final boolean shownBefore = kind != LevelChangeKind.ADDED && kind != LevelChangeKind.ENTERED_HORIZON;
            if (shownBefore != (held != null) ||
                (held != null && (held[0] != changes.sizeBefore(i) || held[1] != changes.ordersBefore(i))))
            {
                return side + " " + kind + " " + price + ": before-values disagree with the previous snapshot";
            }
            if (kind.isAbsentAfter())
            {
                levels.remove(price);
            }
            else
            {
                levels.put(price, new long[] {changes.sizeAfter(i), changes.ordersAfter(i)});
            }
        }
        return null;
    }

    /** @return null if this side holds exactly the snapshot's levels (price, size, n) in order, else a difference. */
    String differenceFrom(final BookLevels snapshot)
    {
        if (levels.size() != snapshot.count())
        {
            return side + " depth " + levels.size() + " != snapshot " + snapshot.count();
        }
        int i = 0;
        for (final Map.Entry<Long, long[]> level : levels.entrySet())
        {
            if (level.getKey() != snapshot.price(i) || level.getValue()[0] != snapshot.size(i) ||
                level.getValue()[1] != snapshot.orders(i))
            {
                return side + " level " + i + " differs from the snapshot";
            }
            i++;
        }
        return null;
    }

    /** @return null if {@code book}'s side shows exactly the snapshot's prices and sizes, else the first difference. */
    static String bookDifference(final L2Book book, final Side side, final BookLevels snapshot)
    {
        if (book.depth(side) != snapshot.count())
        {
            return "book " + side + " depth " + book.depth(side) + " != snapshot " + snapshot.count();
        }
        for (int i = 0; i < snapshot.count(); i++)
        {
            if (book.priceAt(side, i) != snapshot.price(i) || book.qtyAt(side, i) != snapshot.size(i))
            {
                return "book " + side + " level " + i + " differs from the snapshot";
            }
        }
        return null;
    }
}
