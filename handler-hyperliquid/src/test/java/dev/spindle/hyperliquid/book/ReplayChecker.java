package dev.spindle.hyperliquid.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.codec.BookLevels;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/**
 * Feeds recorded snapshots to a differ and checks every step: the diffs applied to the first snapshot (in an
 * independent oracle) must reproduce every later snapshot level by level (price, size, n), the differ's book and
 * order counts must show exactly the last accepted snapshot, and every decoded value must render back to the
 * recorded string.
 */
final class ReplayChecker implements SnapshotListener
{
    private final L2SnapshotDiffer differ;
    private final Instrument instrument;
    private final OracleSide bids = new OracleSide(Side.BID);
    private final OracleSide asks = new OracleSide(Side.ASK);
    private long levelsChecked;

    ReplayChecker(final Instrument instrument, final int coinIndex)
    {
        this.instrument = instrument;
        this.differ = new L2SnapshotDiffer(coinIndex, new L2Book(instrument, 64), this);
    }

    L2SnapshotDiffer differ()
    {
        return differ;
    }

    long levelsChecked()
    {
        return levelsChecked;
    }

    /**
     * @param snapshot the decoded snapshot.
     * @param raw      the same snapshot's {@code data} parsed independently (fastjson2).
     * @param nowNs    recorded receive time.
     */
    void feed(final L2Snapshot snapshot, final JSONObject raw, final long nowNs)
    {
        checkRendering(snapshot, raw);
        final boolean accepted = snapshot.time() > differ.lastTimeMs();
        differ.onSnapshot(snapshot, nowNs);
        if (accepted)
        {
            assertNull(bids.differenceFrom(snapshot.bids()), "at time " + snapshot.time());
            assertNull(asks.differenceFrom(snapshot.asks()), "at time " + snapshot.time());
            assertNull(OracleSide.bookDifference(differ.book(), Side.BID, snapshot.bids()));
            assertNull(OracleSide.bookDifference(differ.book(), Side.ASK, snapshot.asks()));
            for (int i = 0; i < snapshot.bids().count(); i++)
            {
                assertEquals(snapshot.bids().orders(i), differ.orderCount(Side.BID, i));
            }
            for (int i = 0; i < snapshot.asks().count(); i++)
            {
                assertEquals(snapshot.asks().orders(i), differ.orderCount(Side.ASK, i));
            }
        }
    }

    private void checkRendering(final L2Snapshot snapshot, final JSONObject raw)
    {
        final JSONArray levels = raw.getJSONArray("levels");
        checkSide(snapshot.bids(), levels.getJSONArray(0));
        checkSide(snapshot.asks(), levels.getJSONArray(1));
        assertEquals(raw.getLongValue("time"), snapshot.time());
        assertEquals(raw.getString("coin"), instrument.symbol());
    }

    private void checkSide(final BookLevels decoded, final JSONArray recorded)
    {
        assertEquals(recorded.size(), decoded.count());
        for (int i = 0; i < decoded.count(); i++)
        {
            final JSONObject level = recorded.getJSONObject(i);
            assertEquals(level.getString("px"), instrument.priceToString(decoded.price(i)));
            assertEquals(level.getString("sz"), instrument.qtyToString(decoded.size(i)));
            assertEquals(level.getIntValue("n"), decoded.orders(i));
            levelsChecked++;
        }
    }

    @Override
    public void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
    {
        bids.load(snapshot.bids());
        asks.load(snapshot.asks());
    }

    @Override
    public void onDiff(final SnapshotDiff diff, final L2Book book)
    {
        assertNull(bids.apply(diff.bids()));
        assertNull(asks.apply(diff.asks()));
    }
}
