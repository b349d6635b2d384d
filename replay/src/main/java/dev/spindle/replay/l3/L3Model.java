package dev.spindle.replay.l3;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.book.Side;

/**
 * Infers order-level (L3) events from a price-level feed, keeping a FIFO queue of inferred orders per level.
 * The shared rules (hft-rs {@code replay_binance} semantics) live here; a subclass decides only how a decrease is
 * explained ({@link #decrease}).
 * <ul>
 * <li>{@link #seed}: every level of a freshly loaded book becomes one order, bids then asks, best first:
 * {@code snapshot{qty}} with the snapshot's id as sequence and no timestamp.</li>
 * <li>{@link #onDiff}: bids then asks, each in message order; it is a thin adapter over the per-level entry points
 * {@link #beginUpdate}, {@link #onLevel} and {@link #endUpdate}, which any other L2 feed can drive. A level whose new total equals the old one is left
 * alone; an increase is a new order of the difference at the back ({@code new{qty}}); a decrease goes to
 * {@link #decrease}; the level is removed once its total (or the new total) is 0. A level the queues do not hold
 * with a positive total is created with one order ({@code new{qty}}); a removal of an unknown level does
 * nothing.</li>
 * <li>Order ids are {@code (price_ticks << 32) | n}, n counting orders at the level from 1; a level removed and
 * created again counts from 1 again, so ids can repeat over time, as in hft-rs.</li>
 * </ul>
 * Events go to the sink as they are inferred. Runs on the replay thread; allocation-free once the queues have
 * grown to the book's size.
 */
public abstract class L3Model
{
    final OrderQueues queues = new OrderQueues(4096, 16384);
    private final PriceTicks priceTicks;
    private final EventSink sink;
    private final RecordSink records;
    private final L3Event event = new L3Event();
    private final long[] counts = new long[EventKind.count()];

    /**
     * @param priceTicks converts prices to ticks, refusing what the precision cannot hold.
     * @param sink       receives every event: packed through {@link RecordSink#onRecord} if it is a
     *                   {@link RecordSink}, else as an {@link L3Event}.
     */
    L3Model(final PriceTicks priceTicks, final EventSink sink)
    {
        this.priceTicks = priceTicks;
        this.sink = sink;
        this.records = sink instanceof RecordSink ? (RecordSink)sink : null;
    }

    /** @return the model's name, as given to {@code --model}. */
    public abstract String name();

    /**
     * Forget every order and seed one per level of {@code book}, which was just loaded from a snapshot.
     *
     * @param book         the book, holding exactly the snapshot's levels.
     * @param lastUpdateId the snapshot's id, used as the events' sequence.
     */
    public void seed(final L2Book book, final long lastUpdateId)
    {
        queues.clear();
        seedSide(book, Side.BID, lastUpdateId);
        seedSide(book, Side.ASK, lastUpdateId);
    }

    /**
     * Infer the events of one diff, which the book has just applied.
     *
     * @param diff the applied diff.
     */
    public void onDiff(final DepthUpdate diff)
    {
        final long sequence = diff.u();
        final long timestampMs = diff.T() != 0 ? diff.T() : diff.E();
        beginUpdate(timestampMs);
        levels(diff.b(), Side.BID, sequence, timestampMs);
        levels(diff.a(), Side.ASK, sequence, timestampMs);
        endUpdate();
    }

    /**
     * Start one update of the feed (a diff, a bucket of level changes): a model that uses trades pools those at or
     * before {@code timestampMs} here. Call {@link #onLevel} for each changed level, then {@link #endUpdate}.
     *
     * @param timestampMs exchange time of the update, ms.
     */
    public final void beginUpdate(final long timestampMs)
    {
        beforeDiff(timestampMs);
    }

    /**
     * Apply one level change of the current update (between {@link #beginUpdate} and {@link #endUpdate}); the
     * book has already applied it.
     *
     * @param side        side of the level.
     * @param price       price mantissa.
     * @param newQty      the level's new absolute quantity mantissa; 0 removes it.
     * @param sequence    the update's sequence, carried into the events.
     * @param timestampMs the update's exchange time, ms, carried into the events.
     */
    public final void onLevel(
        final Side side, final long price, final long newQty, final long sequence, final long timestampMs)
    {
        level(side, price, newQty, sequence, timestampMs);
    }

    /** End the update started by {@link #beginUpdate}. */
    public final void endUpdate()
    {
        afterDiff();
    }

    /**
     * The quantity the model places ahead of a resting order: the sum of the orders in front of it at its level.
     *
     * @param orderRef {@link L3Event#orderRef()} of an order that still rests (its last event did not leave it at
     *                 0); the reference of a removed order names another order, or none.
     * @return quantity mantissa ahead of the order.
     */
    public long qtyAhead(final int orderRef)
    {
        return queues.qtyAhead(orderRef);
    }

    /** @return events emitted of {@code kind} so far. */
    public long count(final EventKind kind)
    {
        return counts[kind.ordinal()];
    }

    /** @return events emitted so far, all kinds. */
    public long totalEvents()
    {
        long total = 0;
        for (final long count : counts)
        {
            total += count;
        }
        return total;
    }

    /** @return orders currently inferred, all levels. */
    public int orders()
    {
        return queues.orderCount();
    }

    /** Hook before the levels of a diff, with the diff's timestamp. */
    void beforeDiff(final long timestampMs)
    {
    }

    /** Hook after the levels of a diff. */
    void afterDiff()
    {
    }

    /**
     * Explain a decrease of {@code amount} (less than or equal to the level's total in an exact book) at a level.
     * Implementations take it from the queue with {@link #fillFromFront} and/or {@link #cancelFromBack}.
     */
    abstract void decrease(Side side, long price, int level, long amount, long sequence, long timestampMs);

    /**
     * Explain an increase of {@code added} at a level that exists; by default a new order at the back.
     */
    void increase(
        final Side side, final long price, final int level, final long added, final long sequence,
        final long timestampMs)
    {
        pushNew(side, level, added, sequence, timestampMs);
    }

    /**
     * Append a new order of {@code qty} at the back of the level's queue.
     *
     * @return the new order's reference.
     */
    final int pushNew(final Side side, final int level, final long qty, final long sequence, final long timestampMs)
    {
        final int order = queues.pushBack(level, qty);
        created(order, true);
        emit(EventKind.NEW, sequence, timestampMs, side, level, order, qty, 0);
        return order;
    }

    /**
     * Hook: an order was created, by a {@code new} event ({@code fromUpdate}) or from a snapshot.
     */
    void created(final int order, final boolean fromUpdate)
    {
    }

    /** Hook: a level's total changed in the current update (before the change is explained). */
    void levelChanged()
    {
    }

    /** Take {@code qty} (at most the order's quantity) from one order as a cancel; the order goes at 0. */
    final void cancelOrder(
        final Side side, final int level, final int order, final long qty, final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        final long left = q.qty(order) - qty;
        emit(EventKind.CANCEL, sequence, timestampMs, side, level, order, qty, left);
        if (left > 0)
        {
            q.shrink(level, order, qty);
        }
        else
        {
            q.unlink(level, order);
        }
    }

    /**
     * Apply one level update; visible for tests of the queue rules.
     *
     * @param side     side of the level.
     * @param price    price mantissa.
     * @param newTotal the level's new absolute quantity; 0 removes it.
     */
    final void level(final Side side, final long price, final long newTotal, final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        int level = q.find(side, price);
        if (level == OrderQueues.NONE)
        {
            if (newTotal > 0)
            {
                level = q.create(side, price, priceTicks.toTicks(price));
                levelChanged();
                pushNew(side, level, newTotal, sequence, timestampMs);
            }
            return;
        }
        final long oldTotal = q.total(level);
        if (newTotal != oldTotal)
        {
            levelChanged();
        }
        if (newTotal > oldTotal)
        {
            increase(side, price, level, newTotal - oldTotal, sequence, timestampMs);
        }
        else if (newTotal < oldTotal)
        {
            decrease(side, price, level, oldTotal - newTotal, sequence, timestampMs);
            if (newTotal == 0 || q.total(level) == 0)
            {
                q.remove(side, level);
            }
        }
    }

    /**
     * Take {@code amount} from the front of the queue, oldest order first, as fills; what the queue cannot cover
     * is reported as one underflow (which names no order).
     */
    final void fillFromFront(
        final Side side, final int level, final long amount, final long sequence, final long timestampMs)
    {
        take(side, level, amount, true, EventKind.FILL, sequence, timestampMs);
    }

    /**
     * Take {@code amount} from the back of the queue, newest order first, as cancels; what the queue cannot cover
     * is reported as one underflow.
     */
    final void cancelFromBack(
        final Side side, final int level, final long amount, final long sequence, final long timestampMs)
    {
        take(side, level, amount, false, EventKind.CANCEL, sequence, timestampMs);
    }

    /**
     * Take {@code amount} from one end of the queue, an order at a time, each as one {@code kind} event; what the
     * queue cannot cover is one underflow.
     */
    private void take(
        final Side side, final int level, final long amount, final boolean fromFront, final EventKind kind,
        final long sequence, final long timestampMs)
    {
        final OrderQueues q = queues;
        long left = amount;
        while (left > 0)
        {
            final int order = fromFront ? q.front(level) : q.back(level);
            if (order == OrderQueues.NONE)
            {
                emit(EventKind.UNDERFLOW, sequence, timestampMs, side, level, OrderQueues.NONE, left, 0);
                return;
            }
            final long qty = q.qty(order);
            final boolean whole = qty <= left;
            final long taken = whole ? qty : left;
            if (!whole)
            {
                q.shrink(level, order, taken);
            }
            // a partly taken order is shown shrunk; a wholly taken one is still in its queue when the sink sees it
            emit(kind, sequence, timestampMs, side, level, order, taken, qty - taken);
            if (whole)
            {
                q.unlink(level, order);
            }
            left -= taken;
        }
    }

    private void levels(final PriceLevels levels, final Side side, final long sequence, final long timestampMs)
    {
        final int count = levels.count();
        for (int i = 0; i < count; i++)
        {
            level(side, levels.price(i), levels.qty(i), sequence, timestampMs);
        }
    }

    private void seedSide(final L2Book book, final Side side, final long lastUpdateId)
    {
        final OrderQueues q = queues;
        final int depth = book.depth(side);
        for (int i = 0; i < depth; i++)
        {
            final long price = book.priceAt(side, i);
            final long qty = book.qtyAt(side, i);
            final int level = q.create(side, price, priceTicks.toTicks(price));
            final int order = q.pushBack(level, qty);
            created(order, false);
            emit(EventKind.SNAPSHOT, lastUpdateId, L3Event.NO_TIMESTAMP, side, level, order, qty, 0);
        }
    }

    /**
     * Hand one event to the sink, packed straight into a {@link RecordSink} (the replay's case, kept small because it
     * is inlined wherever an event is inferred) or else through the {@link L3Event} flyweight.
     *
     * @param order        the order concerned, or {@link OrderQueues#NONE} for an underflow.
     * @param qtyOrMissing {@code qty}, or {@code missing_qty} for an underflow.
     * @param remaining    the order's quantity left; 0 for a kind without {@code remaining}.
     */
    private void emit(
        final EventKind kind,
        final long sequence,
        final long timestampMs,
        final Side side,
        final int level,
        final int order,
        final long qtyOrMissing,
        final long remaining)
    {
        counts[kind.ordinal()]++;
        final long ticks = queues.ticks(level);
        final boolean hasOrder = order != OrderQueues.NONE;
        // order ids as hft-rs makes them: the level's ticks, then the order's number at the level
        final long orderId = hasOrder ? (ticks << 32) | (queues.counter(order) & 0xFFFF_FFFFL) : 0;
        final RecordSink r = records;
        if (r == null)
        {
            event.set(sequence, timestampMs, side, ticks, hasOrder, orderId, kind, qtyOrMissing, remaining,
                qtyOrMissing).refs(level, order);
            sink.onEvent(event);
            return;
        }
        final boolean underflow = kind == EventKind.UNDERFLOW;
        r.onRecord(sequence, timestampMs, ticks, orderId, underflow ? 0 : qtyOrMissing,
            underflow ? qtyOrMissing : remaining, EventRecords.flags(kind, side, hasOrder),
            EventRecords.refs(level, order));
    }
}
