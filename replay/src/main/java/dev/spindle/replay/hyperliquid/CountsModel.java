package dev.spindle.replay.hyperliquid;

import java.util.Arrays;

import org.agrona.collections.Long2LongHashMap;

import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.LevelChangeKind;
import dev.spindle.hyperliquid.book.LevelChanges;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.hyperliquid.codec.BookLevels;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventSink;
import dev.spindle.replay.l3.L3Event;
import dev.spindle.replay.l3.OrderQueues;
import dev.spindle.replay.l3.PriceTicks;
import dev.spindle.replay.l3.TradeSource;

/**
 * Hyperliquid's L3 model ({@code --model counts}): infers order events from consecutive l2Book snapshots using
 * each level's order count {@code n} and the trades, keeping a FIFO queue of inferred orders per visible level.
 *
 * <h2>Rule, per level that changed (and per level that traded), with {@code S, N} its new size and count</h2>
 * <ol>
 * <li>Trades (maker side, price, timed after the previous snapshot and at or before this one) are fills taken
 * from the front of the queue, oldest order first; traded quantity beyond the queue is counted unexplained.</li>
 * <li>Then, with {@code Q, c} the queue's remaining total and order count:
 * <ul>
 * <li>{@code S < Q} and {@code N <= c}: a cancel of {@code Q - S}. If exactly one order left ({@code c - N == 1})
 * and one order holds exactly {@code Q - S}, that order (the newest such) is the one cancelled; otherwise the
 * quantity is cancelled from the back, newest first.</li>
 * <li>{@code S > Q} and {@code N > c}: {@code N - c} new orders at the back, sharing {@code S - Q} (each gets the
 * integer share of the quantity mantissa, the last also the remainder).</li>
 * <li>{@code S > Q} with {@code N <= c}, or {@code S < Q} with {@code N > c} (orders both left and arrived): the
 * newest whole orders are cancelled until at least {@code c - N + 1} are gone and the remaining total is below
 * {@code S}; the difference arrives as new orders at the back, as many as make the count {@code N}.</li>
 * <li>{@code S == Q}: nothing (the count may disagree; it is reported).</li>
 * </ul></li>
 * <li>A new level inside the view ({@code ADDED}) is {@code N} new orders; a level gone inside the view
 * ({@code REMOVED}) is fills by its trades and cancels of the rest.</li>
 * <li>A level that falls beyond the 20-level view ({@code BEYOND_HORIZON}) is not a cancel: its queue is forgotten
 * with no event. A level that enters the view ({@code ENTERED_HORIZON}) has no known history: it is seeded as
 * {@code N} {@code snapshot} orders, as is every level of a loaded snapshot.</li>
 * </ol>
 * A level sent without {@code n} counts as one more order when it grew and the same count otherwise. Events carry
 * the snapshot's {@code time} (ms) as both sequence and timestamp; order ids are {@code (price_ticks << 32) | k},
 * k counting orders at the level from 1, as in {@link dev.spindle.replay.l3.L3Model}. Quantities are exact.
 * <p>
 * Not thread safe; runs on the replay thread. Allocation-free once its queues and maps have grown.
 */
public final class CountsModel implements DiffModel
{
    private final OrderQueues queues = new OrderQueues(256, 4096);
    private final PriceTicks priceTicks;
    private final EventSink sink;
    private final TradeSource trades;
    private final TradeSource.TradeHandler poolTrade = this::poolTrade;
    private final TradeSource.TradeHandler dropTrade = this::dropTrade;
    private final L3Event event = new L3Event();
    private final long[] counts = new long[EventKind.count()];
    private final Long2LongHashMap bidTrades = new Long2LongHashMap(64, 0.6f, 0);
    private final Long2LongHashMap askTrades = new Long2LongHashMap(64, 0.6f, 0);
    private long[] pendingPrices = new long[64];
    private long timeMs;
    private long tradedQty;
    private long filledQty;
    private long unexplainedQty;
    private long staleTrades;
    private long parkedLevels;
    private long reseededLevels;
    private long countChecks;
    private long countMatches;

    /**
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     * @param trades     the capture's trades of the coin, or null if it has none (every decrease is a cancel).
     */
    public CountsModel(final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        this.priceTicks = priceTicks;
        this.sink = sink;
        this.trades = trades;
    }

    @Override
    public String name()
    {
        return "counts";
    }

    @Override
    public void load(final L2SnapshotDiffer differ)
    {
        queues.clear();
        bidTrades.clear();
        askTrades.clear();
        timeMs = differ.lastTimeMs();
        if (trades != null)
        {
            trades.drainUntil(timeMs, dropTrade);
        }
        seedSide(Side.BID, differ);
        seedSide(Side.ASK, differ);
    }

    @Override
    public void onDiff(final SnapshotDiff diff, final L2SnapshotDiffer differ)
    {
        beginSnapshot(diff.timeMs());
        changes(Side.BID, diff.bids());
        changes(Side.ASK, diff.asks());
        settleTrades(differ);
    }

    @Override
    public void onIdentical(final long timeMs, final L2SnapshotDiffer differ)
    {
        beginSnapshot(timeMs);
        settleTrades(differ);
    }

    @Override
    public long count(final EventKind kind)
    {
        return counts[kind.ordinal()];
    }

    /** @return traded quantity of the coin's trades after the first snapshot, quantity mantissas. */
    public long tradedQty()
    {
        return tradedQty;
    }

    /** @return traded quantity explained as fills. */
    public long filledQty()
    {
        return filledQty;
    }

    /** @return traded quantity at levels the model did not hold, or beyond a level's queue. */
    public long unexplainedQty()
    {
        return unexplainedQty;
    }

    /** @return trades at or before a loaded snapshot's time (already in it), dropped. */
    public long staleTrades()
    {
        return staleTrades;
    }

    /** @return levels that fell beyond the view and were forgotten without events. */
    public long parkedLevels()
    {
        return parkedLevels;
    }

    /** @return levels seeded on entering the view. */
    public long reseededLevels()
    {
        return reseededLevels;
    }

    /** @return levels reconciled with a snapshot that sent {@code n}. */
    public long countChecks()
    {
        return countChecks;
    }

    /** @return of those, levels whose inferred queue ended with exactly {@code n} orders. */
    public long countMatches()
    {
        return countMatches;
    }

    /** @return the inferred quantity at a level, 0 if the model holds no such level. */
    public long qtyAt(final Side side, final long price)
    {
        final int level = queues.find(side, price);
        return level == OrderQueues.NONE ? 0 : queues.total(level);
    }

    /** @return the inferred number of orders at a level, 0 if the model holds no such level. */
    public int ordersAt(final Side side, final long price)
    {
        final int level = queues.find(side, price);
        return level == OrderQueues.NONE ? 0 : orderCount(level);
    }

    /** @return levels held, both sides. */
    public int levels()
    {
        return queues.levelCount();
    }

    private void seedSide(final Side side, final L2SnapshotDiffer differ)
    {
        final L2Book book = differ.book();
        for (int i = 0; i < book.depth(side); i++)
        {
            final long price = book.priceAt(side, i);
            final int level = queues.create(side, price, priceTicks.toTicks(price));
            addOrders(side, level, book.qtyAt(side, i), differ.orderCount(side, i), EventKind.SNAPSHOT);
        }
    }

    private void beginSnapshot(final long snapshotTimeMs)
    {
        timeMs = snapshotTimeMs;
        if (trades != null)
        {
            trades.drainUntil(snapshotTimeMs, poolTrade);
        }
    }

    private void changes(final Side side, final LevelChanges changes)
    {
        for (int i = 0; i < changes.count(); i++)
        {
            final long price = changes.price(i);
            final LevelChangeKind kind = changes.kind(i);
            if (kind == LevelChangeKind.BEYOND_HORIZON)
            {
                final int level = queues.find(side, price);
                if (level != OrderQueues.NONE)
                {
                    queues.remove(side, level);
                    parkedLevels++;
                }
            }
            else if (kind == LevelChangeKind.ENTERED_HORIZON)
            {
                final int old = queues.find(side, price);
                if (old != OrderQueues.NONE)
                {
                    queues.remove(side, old);
                }
                final int level = queues.create(side, price, priceTicks.toTicks(price));
                addOrders(side, level, changes.sizeAfter(i), changes.ordersAfter(i), EventKind.SNAPSHOT);
                reseededLevels++;
            }
            else
            {
                reconcile(side, price, changes.sizeAfter(i), changes.ordersAfter(i));
            }
        }
    }

    /** Trades at levels that did not change (refilled within the interval) still consumed their queues. */
    private void settleTrades(final L2SnapshotDiffer differ)
    {
        settleSide(Side.BID, bidTrades, differ);
        settleSide(Side.ASK, askTrades, differ);
    }

    private void settleSide(final Side side, final Long2LongHashMap pool, final L2SnapshotDiffer differ)
    {
        if (pool.isEmpty())
        {
            return;
        }
        if (pendingPrices.length < pool.size())
        {
            pendingPrices = Arrays.copyOf(pendingPrices, pool.size() * 2);
        }
        int count = 0;
        final Long2LongHashMap.KeyIterator keys = pool.keySet().iterator();
        while (keys.hasNext())
        {
            pendingPrices[count++] = keys.nextValue();
        }
        for (int i = 0; i < count; i++)
        {
            final long price = pendingPrices[i];
            if (queues.find(side, price) == OrderQueues.NONE)
            {
                unexplainedQty += pool.remove(price);
            }
            else
            {
                reconcile(side, price, differ.book().qtyOf(side, price), differ.orderCountOf(side, price));
            }
        }
    }

    private void reconcile(final Side side, final long price, final long size, final int n)
    {
        final long traded = (side == Side.BID ? bidTrades : askTrades).remove(price);
        int level = queues.find(side, price);
        if (level == OrderQueues.NONE)
        {
            unexplainedQty += traded;
            if (size > 0)
            {
                level = queues.create(side, price, priceTicks.toTicks(price));
                addOrders(side, level, size, n, EventKind.NEW);
                checkCount(level, n);
            }
            return;
        }
        final long filled = Math.min(traded, queues.total(level));
        if (filled > 0)
        {
            take(EventKind.FILL, side, level, filled, true);
        }
        filledQty += filled;
        unexplainedQty += traded - filled;
        final long total = queues.total(level);
        final int orders = orderCount(level);
        final int wanted = n != BookLevels.NO_COUNT || size == 0 ? n : orders + (size > total ? 1 : 0);
        if (size < total && wanted <= orders)
        {
            cancel(side, level, total - size, orders - wanted == 1);
        }
        else if (size > total && wanted > orders)
        {
            addOrders(side, level, size - total, wanted - orders, EventKind.NEW);
        }
        else if (size != total)
        {
            replace(side, level, size, wanted, orders);
        }
        if (size == 0)
        {
            queues.remove(side, level);
        }
        else
        {
            checkCount(level, n);
        }
    }

    private void checkCount(final int level, final int n)
    {
        if (n != BookLevels.NO_COUNT)
        {
            countChecks++;
            if (orderCount(level) == n)
            {
                countMatches++;
            }
        }
    }

    /** Cancel {@code amount}: one whole order of exactly that size if {@code oneOrder} finds one, else newest first. */
    private void cancel(final Side side, final int level, final long amount, final boolean oneOrder)
    {
        if (oneOrder)
        {
            int match = OrderQueues.NONE;
            for (int order = queues.front(level); order != OrderQueues.NONE; order = queues.next(order))
            {
                if (queues.qty(order) == amount)
                {
                    match = order;
                }
            }
            if (match != OrderQueues.NONE)
            {
                emit(EventKind.CANCEL, side, level, match, amount, 0);
                queues.unlink(level, match);
                return;
            }
        }
        take(EventKind.CANCEL, side, level, amount, false);
    }

    /** Orders left and arrived: cancel the newest whole orders, then add what is missing as new orders. */
    private void replace(final Side side, final int level, final long size, final int wanted, final int orders)
    {
        final int mustCancel = Math.max(0, orders - wanted + 1);
        int cancelled = 0;
        while (queues.back(level) != OrderQueues.NONE && (cancelled < mustCancel || queues.total(level) >= size))
        {
            final int order = queues.back(level);
            emit(EventKind.CANCEL, side, level, order, queues.qty(order), 0);
            queues.unlink(level, order);
            cancelled++;
        }
        addOrders(side, level, size - queues.total(level), Math.max(1, wanted - (orders - cancelled)), EventKind.NEW);
    }

    /**
     * Take {@code amount} off a level's orders, whole orders first and the last one in part: fills from the front
     * (oldest first), cancels from the back (newest first).
     */
    private void take(final EventKind kind, final Side side, final int level, final long amount,
        final boolean fromFront)
    {
        long left = amount;
        while (left > 0)
        {
            final int order = fromFront ? queues.front(level) : queues.back(level);
            final long qty = queues.qty(order);
            if (qty > left)
            {
                queues.shrink(level, order, left);
                emit(kind, side, level, order, left, qty - left);
                return;
            }
            emit(kind, side, level, order, qty, 0);
            queues.unlink(level, order);
            left -= qty;
        }
    }

    /** Append {@code n} orders (at least one, at most one per quantity unit) sharing {@code total}. */
    private void addOrders(final Side side, final int level, final long total, final int n, final EventKind kind)
    {
        final long orders = Math.max(1, Math.min(n, total));
        final long share = total / orders;
        for (long k = 1; k <= orders; k++)
        {
            final long qty = k == orders ? total - share * (orders - 1) : share;
            final int order = queues.pushBack(level, qty);
            emit(kind, side, level, order, qty, 0);
        }
    }

    private int orderCount(final int level)
    {
        int count = 0;
        for (int order = queues.front(level); order != OrderQueues.NONE; order = queues.next(order))
        {
            count++;
        }
        return count;
    }

    private void poolTrade(final Side makerSide, final long price, final long qty, final long tradeTimeMs)
    {
        final Long2LongHashMap pool = makerSide == Side.BID ? bidTrades : askTrades;
        pool.put(price, pool.get(price) + qty);
        tradedQty += qty;
    }

    private void dropTrade(final Side makerSide, final long price, final long qty, final long tradeTimeMs)
    {
        staleTrades++;
    }

    private void emit(
        final EventKind kind, final Side side, final int level, final int order, final long qty, final long remaining)
    {
        final long ticks = queues.ticks(level);
        final long orderId = (ticks << 32) | (queues.counter(order) & 0xFFFF_FFFFL);
        event.set(timeMs, timeMs, side, ticks, true, orderId, kind, qty, remaining, 0).refs(level, order);
        counts[kind.ordinal()]++;
        sink.onEvent(event);
    }
}
