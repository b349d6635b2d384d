package dev.spindle.tools.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventSink;
import dev.spindle.replay.l3.L3Event;
import dev.spindle.replay.l3.L3Model;

/**
 * Listens to a model's events: per price, what the current update filled and cancelled; per inferred order that
 * a {@code new} event created (a {@link Carrier}), whether it still rests, where the model had it when it left
 * and what it filled in the current update. Not thread safe.
 */
final class ModelProbe implements EventSink
{
    /** An inferred order created by a {@code new} event, which true orders can be linked to. */
    static final class Carrier
    {
        final int orderRef;
        boolean rests = true;
        /** The model's quantity ahead of the order when it left the model's queue. */
        long aheadWhenGone;
        int fillUpdate = -1;
        long fillQty;

        Carrier(final int orderRef)
        {
            this.orderRef = orderRef;
        }

        /** @return quantity the model filled from this order in update {@code u}. */
        long filledIn(final int u)
        {
            return fillUpdate == u ? fillQty : 0;
        }
    }

    private final Map<Long, long[]> perPrice = new HashMap<>();
    private final Map<Long, Carrier> created = new HashMap<>();
    private Carrier[] byRef = new Carrier[1024];
    private L3Model model;
    private int update;
    private long underflowQty;

    /** @param model the model whose events this probe receives (events come before the queue changes). */
    void model(final L3Model model)
    {
        this.model = model;
    }

    /** Start update {@code u}. */
    void beginUpdate(final int u)
    {
        update = u;
        perPrice.clear();
        created.clear();
    }

    /** @return shares the model filled at a price in the current update. */
    long filled(final boolean bid, final long price)
    {
        final long[] qty = perPrice.get(TruthBook.key(bid, price));
        return qty == null ? 0 : qty[0];
    }

    /** @return shares the model cancelled at a price in the current update. */
    long cancelled(final boolean bid, final long price)
    {
        final long[] qty = perPrice.get(TruthBook.key(bid, price));
        return qty == null ? 0 : qty[1];
    }

    /** @return the order a {@code new} event created at a price in the current update, or null. */
    Carrier createdAt(final boolean bid, final long price)
    {
        return created.get(TruthBook.key(bid, price));
    }

    /** @return shares the model could not place in any queue (0 for an exact feed). */
    long underflowQty()
    {
        return underflowQty;
    }

    @Override
    public void onEvent(final L3Event event)
    {
        final EventKind kind = event.kind();
        final int ref = event.orderRef();
        switch (kind)
        {
            case SNAPSHOT:
                carrier(ref, null);
                break;
            case NEW:
                final Carrier carrier = new Carrier(ref);
                carrier(ref, carrier);
                created.put(TruthBook.key(event.side() == Side.BID, event.priceTicks()), carrier);
                break;
            case FILL:
            case CANCEL:
                final long[] qty = perPrice.computeIfAbsent(
                    TruthBook.key(event.side() == Side.BID, event.priceTicks()), k -> new long[2]);
                qty[kind == EventKind.FILL ? 0 : 1] += event.qty();
                final Carrier c = ref < byRef.length ? byRef[ref] : null;
                if (c != null)
                {
                    if (kind == EventKind.FILL)
                    {
                        if (c.fillUpdate != update)
                        {
                            c.fillUpdate = update;
                            c.fillQty = 0;
                        }
                        c.fillQty += event.qty();
                    }
                    if (event.remaining() == 0)
                    {
                        c.aheadWhenGone = model.qtyAhead(ref);
                        c.rests = false;
                        byRef[ref] = null;
                    }
                }
                break;
            default:
                underflowQty += event.missingQty();
                break;
        }
    }

    private void carrier(final int ref, final Carrier carrier)
    {
        if (ref >= byRef.length)
        {
            byRef = Arrays.copyOf(byRef, Math.max(ref + 1, byRef.length * 2));
        }
        byRef[ref] = carrier;
    }
}
