package dev.spindle.tools.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The true order queues of the price levels where every order is known, rebuilt from LOBSTER messages, and what
 * happened at each price during the current feed update.
 * <ul>
 * <li>A level is <em>known</em> from the moment a new order (type 1) arrives at a price the previous book row
 * proves empty (no level there, inside the shown window): its queue then starts empty and every later order is
 * seen. A price that was shown before it was known (it rested before the file starts, or came into the window from
 * deeper) stays unknown until it empties.</li>
 * <li>A known level is dropped, unknown again, when it leaves the shown window, when a message names an order the
 * queue does not hold, or when the queue's total stops matching the book row. It is finished (not dropped) when it
 * empties.</li>
 * <li>During an update, a price is <em>scored</em> if every message at it fell on a known level (or created one)
 * and the level was not dropped before the update ended.</li>
 * </ul>
 * Not thread safe.
 */
final class TruthBook
{
    /** Told about every event of a true order at a known level, just before the event applies. */
    interface Listener
    {
        /**
         * @param order      the order, before the event.
         * @param qtyAhead   true shares ahead of it in its queue.
         * @param levelTotal true shares at its level.
         */
        void onOrderEvent(Order order, long qtyAhead, long levelTotal);
    }

    /** One true resting order at a known level. */
    static final class Order
    {
        final long id;
        final Level level;
        long qty;
        /** The feed update in which the order arrived. */
        final int arrivalUpdate;
        /** The inferred order linked to this one, set by the scorer; null while unpublished or never linked. */
        ModelProbe.Carrier carrier;

        Order(final long id, final Level level, final long qty, final int arrivalUpdate)
        {
            this.id = id;
            this.level = level;
            this.qty = qty;
            this.arrivalUpdate = arrivalUpdate;
        }

        boolean isBid()
        {
            return level.bid;
        }

        long price()
        {
            return level.price;
        }

        /** @return true while the order rests at a level that is still known. */
        boolean rests()
        {
            return qty > 0 && level.known;
        }
    }

    /** A known price level: its true FIFO queue. */
    static final class Level
    {
        final boolean bid;
        final long price;
        final List<Order> orders = new ArrayList<>();
        long total;
        boolean known = true;

        Level(final boolean bid, final long price)
        {
            this.bid = bid;
            this.price = price;
        }
    }

    /** What happened at one price during the current update. */
    static final class Activity
    {
        final boolean bid;
        final long price;
        boolean scored;
        long fillQty;
        long cancelQty;
        final List<Order> executedOrders = new ArrayList<>();
        final List<Long> executedQty = new ArrayList<>();

        Activity(final boolean bid, final long price, final boolean scored)
        {
            this.bid = bid;
            this.price = price;
            this.scored = scored;
        }
    }

    private final LobsterDay day;
    private final Listener listener;
    private final Map<Long, Level> levels = new HashMap<>();
    private final Map<Long, Order> orders = new HashMap<>();
    private final Map<Long, Activity> activity = new HashMap<>();
    private final List<Order> arrived = new ArrayList<>();
    private final List<Level> outOfWindow = new ArrayList<>();
    private int update;
    private long dropped;
    private long known;

    TruthBook(final LobsterDay day, final Listener listener)
    {
        this.day = day;
        this.listener = listener;
    }

    /** @return a map key for a price on a side. */
    static long key(final boolean bid, final long price)
    {
        return price * 2 + (bid ? 1 : 0);
    }

    /** Start feed update {@code u}: forget the previous update's activity and arrivals. */
    void beginUpdate(final int u)
    {
        update = u;
        activity.clear();
        arrived.clear();
    }

    /** @return the activity per price of the current update. */
    Iterable<Activity> activity()
    {
        return activity.values();
    }

    /** @return orders that arrived at known levels during the current update. */
    List<Order> arrived()
    {
        return arrived;
    }

    /** @return levels that became known so far. */
    long knownLevels()
    {
        return known;
    }

    /** @return levels dropped (window, unknown order, total mismatch) so far. */
    long droppedLevels()
    {
        return dropped;
    }

    /** Apply message {@code k} ({@code k >= 1}: book row {@code k - 1} is the book before it). */
    void onMessage(final int k)
    {
        final int type = day.type(k);
        if (type >= LobsterDay.NEW && type <= LobsterDay.EXECUTE)
        {
            final boolean bid = day.isBid(k);
            final long price = day.price(k);
            final long key = key(bid, price);
            Level level = levels.get(key);
            Activity act = activity.get(key);
            if (act == null)
            {
                final boolean scored = level != null || (type == LobsterDay.NEW && day.provesEmpty(k - 1, bid, price));
                act = new Activity(bid, price, scored);
                activity.put(key, act);
            }
            if (level == null && type == LobsterDay.NEW && day.provesEmpty(k - 1, bid, price))
            {
                level = new Level(bid, price);
                levels.put(key, level);
                known++;
            }
            if (level == null)
            {
                act.scored = false;
            }
            else if (type == LobsterDay.NEW)
            {
                add(level, k);
            }
            else
            {
                remove(level, act, k, type);
            }
            if (level != null && level.known)
            {
                final long shown = day.qtyAt(k, bid, price);
                if (shown != level.total)
                {
                    drop(key, level);
                }
                else if (shown == 0)
                {
                    levels.remove(key);
                    level.known = false;
                }
            }
        }
        dropLevelsOutOfWindow(k);
    }

    private void add(final Level level, final int k)
    {
        final Order order = new Order(day.orderId(k), level, day.size(k), update);
        level.orders.add(order);
        level.total += order.qty;
        orders.put(order.id, order);
        arrived.add(order);
    }

    private void remove(final Level level, final Activity act, final int k, final int type)
    {
        final Order order = orders.get(day.orderId(k));
        final long size = day.size(k);
        if (order == null || order.level != level || size > order.qty)
        {
            drop(key(level.bid, level.price), level);
            return;
        }
        long ahead = 0;
        for (final Order o : level.orders)
        {
            if (o == order)
            {
                break;
            }
            ahead += o.qty;
        }
        listener.onOrderEvent(order, ahead, level.total);
        if (type == LobsterDay.EXECUTE)
        {
            act.fillQty += size;
            act.executedOrders.add(order);
            act.executedQty.add(size);
        }
        else
        {
            act.cancelQty += size;
        }
        order.qty -= size;
        level.total -= size;
        if (order.qty == 0)
        {
            level.orders.remove(order);
            orders.remove(order.id);
        }
    }

    private void drop(final long key, final Level level)
    {
        levels.remove(key);
        level.known = false;
        for (final Order o : level.orders)
        {
            orders.remove(o.id);
        }
        dropped++;
        final Activity act = activity.get(key);
        if (act != null)
        {
            act.scored = false;
        }
        else
        {
            activity.put(key, new Activity(level.bid, level.price, false));
        }
    }

    private void dropLevelsOutOfWindow(final int k)
    {
        outOfWindow.clear();
        for (final Level level : levels.values())
        {
            if (day.qtyAt(k, level.bid, level.price) == 0)
            {
                outOfWindow.add(level);
            }
        }
        for (final Level level : outOfWindow)
        {
            drop(key(level.bid, level.price), level);
        }
    }
}
