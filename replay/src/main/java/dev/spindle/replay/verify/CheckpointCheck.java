package dev.spindle.replay.verify;

import java.util.ArrayDeque;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.book.Side;

/**
 * Compares the rebuilt book with later REST snapshots (a session's {@code checkpoints/}, or snapshots inline in a
 * capture that arrived while the book was live). A checkpoint taken at update id {@code L} is compared when the
 * book's id is exactly {@code L}, within the checkpoint's depth: its {@code n} best levels per side must equal the
 * book's {@code n} best levels, prices and quantities. If the book jumps past {@code L} (the id fell inside a diff)
 * the checkpoint is counted as not aligned, not compared.
 * <p>
 * Checkpoints must be added in increasing id order. Runs on the replay thread; adding copies the levels.
 */
public final class CheckpointCheck
{
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long added;
    private long matched;
    private long mismatched;
    private long unaligned;
    private String firstMismatch;

    /**
     * Expect the book to hold these levels when its id reaches {@code id}.
     *
     * @param id    the checkpoint's lastUpdateId.
     * @param bids  best first.
     * @param asks  best first.
     * @param where file (and line) of the checkpoint, for messages.
     */
    public void add(final long id, final PriceLevels bids, final PriceLevels asks, final String where)
    {
        final Pending p = new Pending(id, where, bids.count(), asks.count());
        p.bids.copyFrom(bids);
        p.asks.copyFrom(asks);
        pending.addLast(p);
        added++;
    }

    /** @return the id of the next checkpoint awaiting comparison, or {@link Long#MAX_VALUE} if none. */
    public long nextId()
    {
        return pending.isEmpty() ? Long.MAX_VALUE : pending.peekFirst().id;
    }

    /** Judge every checkpoint the book has reached; call after each applied diff (cheap when none is due). */
    public void onBook(final L2Book book)
    {
        final long id = book.lastUpdateId();
        while (!pending.isEmpty() && pending.peekFirst().id <= id)
        {
            final Pending p = pending.pollFirst();
            if (p.id < id)
            {
                unaligned++;
                continue;
            }
            final String problem = compare(book, p);
            if (problem == null)
            {
                matched++;
            }
            else
            {
                mismatched++;
                if (firstMismatch == null)
                {
                    firstMismatch = "checkpoint " + p.id + " (" + p.where + "): " + problem;
                }
            }
        }
    }

    /** End of replay: checkpoints beyond the book's last id stay unjudged. @return how many. */
    public int unreached()
    {
        return pending.size();
    }

    /** @return checkpoints added. */
    public long added()
    {
        return added;
    }

    /** @return checkpoints whose levels equal the book's within their depth. */
    public long matched()
    {
        return matched;
    }

    /** @return checkpoints that differ. */
    public long mismatched()
    {
        return mismatched;
    }

    /** @return checkpoints whose id the book never held exactly (it fell inside a diff's range). */
    public long unaligned()
    {
        return unaligned;
    }

    /** @return a description of the first mismatch, or null. */
    public String firstMismatch()
    {
        return firstMismatch;
    }

    private static String compare(final L2Book book, final Pending p)
    {
        final String bids = compareSide(book, Side.BID, p.bids);
        return bids != null ? bids : compareSide(book, Side.ASK, p.asks);
    }

    private static String compareSide(final L2Book book, final Side side, final PriceLevels expected)
    {
        final Instrument instrument = book.instrument();
        final String name = side == Side.BID ? "bid" : "ask";
        for (int i = 0; i < expected.count(); i++)
        {
            if (i >= book.depth(side))
            {
                return "the book has " + book.depth(side) + " " + name + " levels, the checkpoint " +
                    expected.count();
            }
            final long price = book.priceAt(side, i);
            final long qty = book.qtyAt(side, i);
            if (price != expected.price(i) || qty != expected.qty(i))
            {
                return name + " level " + i + " is " + instrument.qtyToString(qty) + "@" +
                    instrument.priceToString(price) + " in the book, " + instrument.qtyToString(expected.qty(i)) +
                    "@" + instrument.priceToString(expected.price(i)) + " in the checkpoint";
            }
        }
        return null;
    }

    private static final class Pending
    {
        final long id;
        final String where;
        final PriceLevels bids;
        final PriceLevels asks;

        Pending(final long id, final String where, final int bidLevels, final int askLevels)
        {
            this.id = id;
            this.where = where;
            this.bids = new PriceLevels(bidLevels);
            this.asks = new PriceLevels(askLevels);
        }
    }
}
