package dev.spindle.engine.book;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** The naive book: one {@link TreeMap} per side, best first. The fast book must agree with it level by level. */
final class OracleBook
{
    private final TreeMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, Long> asks = new TreeMap<>();

    int set(final Side side, final long price, final long qty)
    {
        final TreeMap<Long, Long> levels = side == Side.BID ? bids : asks;
        if (qty == 0)
        {
            return levels.remove(price) == null ? L2Book.UNKNOWN_REMOVAL : L2Book.REMOVED;
        }
        return levels.put(price, qty) == null ? L2Book.INSERTED : L2Book.UPDATED;
    }

    /** @return the levels of {@code side}, best first, as {price, qty} pairs. */
    long[][] levels(final Side side)
    {
        final TreeMap<Long, Long> levels = side == Side.BID ? bids : asks;
        final long[][] out = new long[levels.size()][];
        int i = 0;
        for (final Map.Entry<Long, Long> level : levels.entrySet())
        {
            out[i++] = new long[] {level.getKey(), level.getValue()};
        }
        return out;
    }

    /** @return null if {@code book} holds exactly the same levels in the same order, else the first difference. */
    String differenceFrom(final L2Book book)
    {
        for (final Side side : Side.values())
        {
            final TreeMap<Long, Long> levels = side == Side.BID ? bids : asks;
            if (levels.size() != book.depth(side))
            {
                return side + " depth " + book.depth(side) + " != oracle " + levels.size();
            }
            int i = 0;
            for (final Map.Entry<Long, Long> level : levels.entrySet())
            {
                if (book.priceAt(side, i) != level.getKey() || book.qtyAt(side, i) != level.getValue())
                {
                    return side + " level " + i + ": " + book.priceAt(side, i) + "x" + book.qtyAt(side, i) +
                        " != oracle " + level.getKey() + "x" + level.getValue();
                }
                i++;
            }
        }
        return null;
    }
}
