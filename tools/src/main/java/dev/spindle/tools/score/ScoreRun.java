package dev.spindle.tools.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.L3Model;
import dev.spindle.replay.l3.Models;
import dev.spindle.replay.l3.PriceTicks;

/**
 * Scores one model at one granularity over a LOBSTER day. The L2 feed is what a venue publishing levels would
 * send: the book row after message 0 is the snapshot the model is seeded with; then each update (one message, or
 * every message of a {@code bucketMs} bucket) publishes the levels whose size differs between the last published
 * row and the update's last row (bids then asks, best first; a level gone from the window is published as 0),
 * and the executions of types 4 and 5 are trade prints. The model runs over that feed through the same
 * {@link L3Model} code as {@code spindle replay}, and each update is compared with the truth (class comment of
 * {@link TruthBook}; metrics: README.md, "Scoring L3 inference").
 */
final class ScoreRun implements TruthBook.Listener
{
    private static final long NS_PER_MS = 1_000_000L;

    private final LobsterDay day;
    private final long bucketMs;
    private final ModelProbe probe = new ModelProbe();
    private final PendingTrades trades = new PendingTrades();
    private final L3Model model;
    private final TruthBook truth;
    private final Scorecard card;
    private final Map<Long, Long> changes = new HashMap<>();
    private int update;
    private int publishedRow;
    private int changeCount;
    private boolean[] changeBid = new boolean[64];
    private long[] changePrice = new long[64];
    private long[] changeQty = new long[64];

    private ScoreRun(final LobsterDay day, final String modelName, final long bucketMs)
    {
        this.day = day;
        this.bucketMs = bucketMs;
        this.model = Models.create(modelName, new PriceTicks(LobsterDay.PRICE_SCALE, LobsterDay.PRICE_SCALE), probe,
            trades);
        probe.model(model);
        this.truth = new TruthBook(day, this);
        this.card = new Scorecard(model.name(), bucketMs);
    }

    /**
     * @param day       the messages and book rows.
     * @param modelName a model name as {@code spindle replay --model} takes it.
     * @param bucketMs  0 for one update per message, else the bucket length in ms.
     * @return the scores.
     */
    static Scorecard score(final LobsterDay day, final String modelName, final long bucketMs)
    {
        final long startNs = System.nanoTime();
        final ScoreRun run = new ScoreRun(day, modelName, bucketMs);
        run.run();
        run.card.elapsedMs = (System.nanoTime() - startNs) / NS_PER_MS;
        return run.card;
    }

    private void run()
    {
        seed();
        final int n = day.count();
        final long bucketNs = bucketMs * NS_PER_MS;
        long bucket = Long.MIN_VALUE;
        int last = 0;
        for (int k = 1; k < n; k++)
        {
            final long thisBucket = bucketNs == 0 ? k : day.timeNs(k) / bucketNs;
            if (thisBucket != bucket)
            {
                if (last > 0)
                {
                    publish(last, bucket);
                    update++;
                }
                bucket = thisBucket;
                truth.beginUpdate(update);
            }
            truth.onMessage(k);
            final int type = day.type(k);
            if (type == LobsterDay.EXECUTE || type == LobsterDay.HIDDEN_EXECUTE)
            {
                trades.add(day.isBid(k), day.price(k), day.size(k), day.timeNs(k) / NS_PER_MS);
            }
            last = k;
        }
        if (last > 0)
        {
            publish(last, bucket);
            update++;
        }
        card.updates = update;
        card.knownLevels = truth.knownLevels();
        card.droppedLevels = truth.droppedLevels();
        card.underflowQty = probe.underflowQty();
    }

    private void seed()
    {
        final L2Book book = new L2Book(new Instrument(day.name(), LobsterDay.PRICE_SCALE, 0), day.levels() * 2);
        for (int i = 0; i < day.levels(); i++)
        {
            seedLevel(book, true, i);
            seedLevel(book, false, i);
        }
        model.seed(book, 1);
    }

    private void seedLevel(final L2Book book, final boolean bid, final int i)
    {
        final long qty = day.qty(0, bid, i);
        if (qty > 0)
        {
            final long price = day.levelPrice(0, bid, i);
            book.set(bid ? Side.BID : Side.ASK, price, qty);
        }
    }

    /** Publish the level changes up to book row {@code last}, run the model on them and score the update. */
    private void publish(final int last, final long bucket)
    {
        probe.beginUpdate(update);
        changes.clear();
        final long sequence = last + 1L;
        final long timestampMs = bucketMs == 0 ? day.timeNs(last) / NS_PER_MS : (bucket + 1) * bucketMs;
        changeCount = 0;
        for (int s = 0; s < 2; s++)
        {
            final boolean bid = s == 0;
            for (int i = 0; i < day.levels(); i++)
            {
                final long qty = day.qty(last, bid, i);
                if (qty > 0)
                {
                    collect(bid, day.levelPrice(last, bid, i), qty);
                }
            }
            for (int i = 0; i < day.levels(); i++)
            {
                final long price = day.levelPrice(publishedRow, bid, i);
                if (day.qty(publishedRow, bid, i) > 0 && day.qtyAt(last, bid, price) == 0)
                {
                    collect(bid, price, 0);
                }
            }
        }
        if (changeCount > 0)
        {
            model.beginUpdate(timestampMs);
            for (int i = 0; i < changeCount; i++)
            {
                model.onLevel(changeBid[i] ? Side.BID : Side.ASK, changePrice[i], changeQty[i], sequence, timestampMs);
            }
            model.endUpdate();
        }
        publishedRow = last;
        scoreUpdate();
    }

    private void collect(final boolean bid, final long price, final long qty)
    {
        final long old = day.qtyAt(publishedRow, bid, price);
        if (old == qty)
        {
            return;
        }
        if (changeCount == changeBid.length)
        {
            changeBid = Arrays.copyOf(changeBid, changeCount * 2);
            changePrice = Arrays.copyOf(changePrice, changeCount * 2);
            changeQty = Arrays.copyOf(changeQty, changeCount * 2);
        }
        changeBid[changeCount] = bid;
        changePrice[changeCount] = price;
        changeQty[changeCount] = qty;
        changeCount++;
        changes.put(TruthBook.key(bid, price), qty - old);
    }

    private void scoreUpdate()
    {
        for (final TruthBook.Activity act : truth.activity())
        {
            if (!act.scored)
            {
                continue;
            }
            final long modelFill = probe.filled(act.bid, act.price);
            final long modelCancel = probe.cancelled(act.bid, act.price);
            card.trueFillQty += act.fillQty;
            card.trueCancelQty += act.cancelQty;
            card.modelFillQty += modelFill;
            card.modelCancelQty += modelCancel;
            card.fillHitQty += Math.min(act.fillQty, modelFill);
            card.cancelHitQty += Math.min(act.cancelQty, modelCancel);
            attribute(act);
        }
        final List<TruthBook.Order> arrived = truth.arrived();
        for (final TruthBook.Order order : arrived)
        {
            final Long change = changes.get(TruthBook.key(order.isBid(), order.price()));
            if (order.rests() && change != null && change > 0)
            {
                order.carrier = probe.createdAt(order.isBid(), order.price());
            }
        }
    }

    /** Credit the executed shares the model filled from the order linked to the executed true order. */
    private void attribute(final TruthBook.Activity act)
    {
        final int count = act.executedOrders.size();
        for (int i = 0; i < count; i++)
        {
            card.executedQty += act.executedQty.get(i);
        }
        for (int i = 0; i < count; i++)
        {
            final ModelProbe.Carrier carrier = act.executedOrders.get(i).carrier;
            if (carrier == null || firstIndexOf(act, carrier) != i)
            {
                continue;
            }
            long trueQty = 0;
            for (int j = i; j < count; j++)
            {
                if (act.executedOrders.get(j).carrier == carrier)
                {
                    trueQty += act.executedQty.get(j);
                }
            }
            card.attributedQty += Math.min(trueQty, carrier.filledIn(update));
        }
    }

    private static int firstIndexOf(final TruthBook.Activity act, final ModelProbe.Carrier carrier)
    {
        for (int i = 0; ; i++)
        {
            if (act.executedOrders.get(i).carrier == carrier)
            {
                return i;
            }
        }
    }

    @Override
    public void onOrderEvent(final TruthBook.Order order, final long qtyAhead, final long levelTotal)
    {
        final ModelProbe.Carrier carrier = order.carrier;
        if (carrier == null)
        {
            return;
        }
        final long inferred;
        if (carrier.rests)
        {
            inferred = model.qtyAhead(carrier.orderRef);
        }
        else
        {
            inferred = carrier.aheadWhenGone;
            card.queueCarrierGone++;
        }
        final long error = Math.abs(inferred - qtyAhead);
        card.queueEvents++;
        card.queueAbsErrorSum += error;
        card.queueFractionSum += (double)error / levelTotal;
    }
}
