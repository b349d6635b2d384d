package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.tools.sim.binance.book.BookView;
import dev.spindle.tools.sim.binance.book.Level;

/**
 * What a correct client does with the simulator's output, written out naively for the tests: start from a REST
 * snapshot, drop diffs with {@code u <= lastUpdateId}, require {@code U <= id + 1 <= u} for the first and
 * {@code U == id + 1} afterwards, set or remove levels (BigDecimal keys, exact strings kept).
 */
final class ClientBook
{
    private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
    private long updateId;
    private boolean synced;
    private int applied;
    private int unknownRemovals;
    private int removals;

    ClientBook(final String restBody)
    {
        final JSONObject snapshot = JSON.parseObject(restBody);
        updateId = snapshot.getLongValue("lastUpdateId");
        set(bids, snapshot.getJSONArray("bids"));
        set(asks, snapshot.getJSONArray("asks"));
    }

    /**
     * @param payload a bare depthUpdate payload.
     * @return true if applied, false if older than the book.
     */
    boolean apply(final JSONObject payload)
    {
        final long first = payload.getLongValue("U");
        final long last = payload.getLongValue("u");
        if (last <= updateId)
        {
            return false;
        }
        if (!synced)
        {
            assertTrue(first <= updateId + 1, "first diff U=" + first + " starts after snapshot " + updateId);
            synced = true;
        }
        else
        {
            assertEquals(updateId + 1, first, "gap in the depth chain");
        }
        set(bids, payload.getJSONArray("b"));
        set(asks, payload.getJSONArray("a"));
        updateId = last;
        applied++;
        return true;
    }

    private void set(final TreeMap<BigDecimal, Level> side, final JSONArray levels)
    {
        for (int i = 0; i < levels.size(); i++)
        {
            final JSONArray pair = levels.getJSONArray(i);
            final Level level = new Level(pair.getString(0), pair.getString(1));
            final BigDecimal price = new BigDecimal(level.price());
            if (new BigDecimal(level.qty()).signum() == 0)
            {
                removals++;
                if (side.remove(price) == null)
                {
                    unknownRemovals++;
                }
            }
            else
            {
                side.put(price, level);
            }
        }
    }

    long updateId()
    {
        return updateId;
    }

    int applied()
    {
        return applied;
    }

    int removals()
    {
        return removals;
    }

    int unknownRemovals()
    {
        return unknownRemovals;
    }

    Level bestBid()
    {
        return bids.firstEntry().getValue();
    }

    Level bestAsk()
    {
        return asks.firstEntry().getValue();
    }

    /** Assert this book equals {@code expected} level by level on the best {@code depth} levels per side. */
    void assertSameAs(final BookView expected, final int depth)
    {
        assertEquals(expected.lastUpdateId(), updateId, "update id");
        assertEquals(expected.top(depth).bids(), top(bids, depth), "bids at " + updateId);
        assertEquals(expected.top(depth).asks(), top(asks, depth), "asks at " + updateId);
    }

    private static List<Level> top(final TreeMap<BigDecimal, Level> side, final int depth)
    {
        final List<Level> out = new ArrayList<>();
        for (final Map.Entry<BigDecimal, Level> e : side.entrySet())
        {
            if (out.size() == depth)
            {
                break;
            }
            out.add(e.getValue());
        }
        return out;
    }
}
