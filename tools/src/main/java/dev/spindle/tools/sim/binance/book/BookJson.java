package dev.spindle.tools.sim.binance.book;

import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSONArray;

/**
 * Binance's compact JSON for levels, depth events and depth snapshots (off the hot path: allocates).
 */
public final class BookJson
{
    private BookJson()
    {
    }

    /**
     * @param view the book to render.
     * @return {@code {"lastUpdateId":N,"bids":[["p","q"],...],"asks":[...]}} exactly as {@code /api/v3/depth}.
     */
    public static String snapshotBody(final BookView view)
    {
        final StringBuilder out = new StringBuilder(64 + 40 * (view.bids().size() + view.asks().size()));
        out.append("{\"lastUpdateId\":").append(view.lastUpdateId()).append(",\"bids\":");
        appendLevels(out, view.bids());
        out.append(",\"asks\":");
        appendLevels(out, view.asks());
        return out.append('}').toString();
    }

    /**
     * Append {@code [["p","q"],...]}.
     *
     * @param out    destination.
     * @param levels levels in the order to write.
     */
    public static void appendLevels(final StringBuilder out, final List<Level> levels)
    {
        out.append('[');
        for (int i = 0; i < levels.size(); i++)
        {
            if (i > 0)
            {
                out.append(',');
            }
            final Level level = levels.get(i);
            out.append("[\"").append(level.price()).append("\",\"").append(level.qty()).append("\"]");
        }
        out.append(']');
    }

    /**
     * @param array a parsed {@code [["p","q"],...]} array, or null (treated as empty).
     * @return the levels in array order.
     * @throws IllegalArgumentException if an element is not a pair of strings.
     */
    public static List<Level> parseLevels(final JSONArray array)
    {
        if (array == null)
        {
            return List.of();
        }
        final List<Level> levels = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++)
        {
            final Object element = array.get(i);
            if (!(element instanceof JSONArray pair) || pair.size() < 2 ||
                !(pair.get(0) instanceof String price) || !(pair.get(1) instanceof String qty))
            {
                throw new IllegalArgumentException("level " + i + " is not a [\"price\",\"qty\"] pair: " + element);
            }
            requireDecimal(price, i);
            requireDecimal(qty, i);
            levels.add(new Level(price, qty));
        }
        return List.copyOf(levels);
    }

    private static void requireDecimal(final String value, final int index)
    {
        try
        {
            new java.math.BigDecimal(value);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("level " + index + " has a non-decimal value '" + value + "'", ex);
        }
    }
}
