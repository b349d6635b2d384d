package dev.spindle.tools.sim.hyperliquid.market;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the simulator has published so far, per coin: the last {@code l2Book} frame (the book {@code POST /info}
 * returns and the oracle tests read) and the most recent trades (the replay a {@code trades} subscriber gets).
 * <p>
 * One lock orders publishing against subscribing: the sender publishes a frame (state update and sends) under
 * it, and a subscription is added, acknowledged and served its initial data under it, so a subscriber never
 * misses or doubles a frame around its subscription and a client never holds a book newer than
 * {@link #book(String)}. Thread safe.
 */
public final class SimMarket
{
    private final Object lock = new Object();
    private final Map<String, CoinState> coins = new LinkedHashMap<>();
    private final int replayTrades;

    /**
     * @param coins        the coins served, exactly as written on the wire; fixed for the simulator's life.
     * @param replayTrades recent trades kept per coin and replayed on subscribe (Hyperliquid: 30).
     */
    public SimMarket(final Iterable<String> coins, final int replayTrades)
    {
        for (final String coin : coins)
        {
            this.coins.put(coin, new CoinState(replayTrades));
        }
        this.replayTrades = replayTrades;
    }

    /** @return the coins served, in source order. */
    public Set<String> coins()
    {
        return Collections.unmodifiableSet(coins.keySet());
    }

    /** @return true if {@code coin} (exact bytes, case included) is served. */
    public boolean knows(final String coin)
    {
        return coins.containsKey(coin);
    }

    /** @return trades replayed on subscribe. */
    public int replayTrades()
    {
        return replayTrades;
    }

    /**
     * Record {@code frame} as published and run {@code send} (which queues it on the subscribed connections) as
     * one step with respect to {@link #atomically}.
     *
     * @param frame a frame of a served coin.
     * @param send  queues the frame; must not block.
     */
    public void publish(final SimFrame frame, final Runnable send)
    {
        final CoinState state = coins.get(frame.coin());
        synchronized (lock)
        {
            if (frame.kind() == SimFrame.Kind.L2_BOOK)
            {
                state.lastBook = frame;
            }
            else
            {
                for (final String trade : frame.trades())
                {
                    if (state.trades.size() == replayTrades)
                    {
                        state.trades.removeFirst();
                    }
                    state.trades.addLast(trade);
                }
            }
            send.run();
        }
    }

    /** Run {@code action} with no frame published meanwhile; it must not block. */
    public <T> T atomically(final Supplier<T> action)
    {
        synchronized (lock)
        {
            return action.get();
        }
    }

    /** @return the last published {@code l2Book} frame of {@code coin}, or null if none yet (or unknown coin). */
    public SimFrame lastBookFrame(final String coin)
    {
        final CoinState state = coins.get(coin);
        if (state == null)
        {
            return null;
        }
        synchronized (lock)
        {
            return state.lastBook;
        }
    }

    /**
     * @return a copy of {@code coin}'s book as last published, or null if nothing was published yet.
     * @throws IllegalArgumentException for a coin that is not served.
     */
    public BookView book(final String coin)
    {
        if (!coins.containsKey(coin))
        {
            throw new IllegalArgumentException("no book for coin '" + coin + "'; served: " + coins.keySet());
        }
        final SimFrame frame = lastBookFrame(coin);
        return frame == null ? null : frame.book();
    }

    /** @return the most recent trades' JSON of {@code coin}, oldest first (at most {@link #replayTrades()}). */
    public List<String> recentTrades(final String coin)
    {
        final CoinState state = coins.get(coin);
        if (state == null)
        {
            return List.of();
        }
        synchronized (lock)
        {
            return new ArrayList<>(state.trades);
        }
    }

    private static final class CoinState
    {
        final ArrayDeque<String> trades;
        SimFrame lastBook;

        CoinState(final int replayTrades)
        {
            trades = new ArrayDeque<>(Math.max(1, replayTrades));
        }
    }
}
