package dev.spindle.hyperliquid.codec;

import java.util.Arrays;

/**
 * Recognises trades seen before, by their unique key {@code (coin, time, tid)} (protocol notes C4), so the replay
 * of the 30 most recent trades that Hyperliquid sends on every {@code trades} subscribe (again after each
 * reconnect) is not counted twice.
 * <p>
 * The memory is a bounded window of the last {@code windowTrades} keys, across all coins: a ring of keys plus an
 * open-addressing index, both preallocated, so judging a trade allocates nothing. When the window is full the
 * oldest key is forgotten, and the coin remembers the newest time it forgot: a later trade of that coin at or
 * before that time can no longer be judged and is treated as seen ({@link #expired()}), because a replay is the
 * only way such an old trade arrives. A trade newer than every trade of its coin so far skips the lookup.
 * <p>
 * Not thread safe: one instance on the thread that decodes trades.
 */
public final class TradeDeduplicator
{
    /** Default window: far more than a replay (30) plus the trades of all coins around a reconnect. */
    public static final int DEFAULT_WINDOW_TRADES = 4096;

    private final int window;
    private final int[] ringCoins;
    private final long[] ringTimes;
    private final long[] ringTids;
    private final int[] table;
    private final int mask;
    private final long[] newestTimeMs;
    private final long[] forgottenUpToMs;
    private int head;
    private int size;
    private long fresh;
    private long duplicates;
    private long expired;

    /**
     * @param coinCount    number of coins in the {@link CoinTable} (indexes {@code 0..coinCount-1}).
     * @param windowTrades keys remembered, at least 1.
     */
    public TradeDeduplicator(final int coinCount, final int windowTrades)
    {
        if (coinCount < 1 || windowTrades < 1)
        {
            throw new IllegalArgumentException("coinCount and windowTrades must be positive: " + coinCount + ", " +
                windowTrades);
        }
        window = windowTrades;
        ringCoins = new int[windowTrades];
        ringTimes = new long[windowTrades];
        ringTids = new long[windowTrades];
        table = new int[Integer.highestOneBit(windowTrades) << 2];
        mask = table.length - 1;
        newestTimeMs = new long[coinCount];
        forgottenUpToMs = new long[coinCount];
        Arrays.fill(newestTimeMs, Long.MIN_VALUE);
        Arrays.fill(forgottenUpToMs, Long.MIN_VALUE);
    }

    /**
     * Judge one trade and remember it.
     *
     * @return true if it was not seen before (count it); false for a repeat, or a trade too old to judge.
     */
    public boolean firstSeen(final int coinIndex, final long timeMs, final long tid)
    {
        if (timeMs <= newestTimeMs[coinIndex])
        {
            if (timeMs <= forgottenUpToMs[coinIndex])
            {
                expired++;
                return false;
            }
            if (find(coinIndex, timeMs, tid) >= 0)
            {
                duplicates++;
                return false;
            }
        }
        else
        {
            newestTimeMs[coinIndex] = timeMs;
        }
        remember(coinIndex, timeMs, tid);
        fresh++;
        return true;
    }

    /**
     * Judge every trade of a decoded frame, setting {@link Trades#isDuplicate(int)}.
     *
     * @return number of trades seen for the first time.
     */
    public int markDuplicates(final Trades trades)
    {
        int firstTime = 0;
        for (int i = 0; i < trades.count(); i++)
        {
            final boolean isNew = firstSeen(trades.coinIndex(i), trades.time(i), trades.tid(i));
            trades.duplicate(i, !isNew);
            if (isNew)
            {
                firstTime++;
            }
        }
        return firstTime;
    }

    /** @return trades judged new. */
    public long fresh()
    {
        return fresh;
    }

    /** @return trades recognised as repeats. */
    public long duplicates()
    {
        return duplicates;
    }

    /** @return trades older than the window could judge, treated as repeats. */
    public long expired()
    {
        return expired;
    }

    /** @return keys remembered now. */
    public int size()
    {
        return size;
    }

    private void remember(final int coinIndex, final long timeMs, final long tid)
    {
        if (size == window)
        {
            forget(head);
        }
        else
        {
            size++;
        }
        final int slot = head;
        ringCoins[slot] = coinIndex;
        ringTimes[slot] = timeMs;
        ringTids[slot] = tid;
        int i = hash(coinIndex, timeMs, tid) & mask;
        while (table[i] != 0)
        {
            i = (i + 1) & mask;
        }
        table[i] = slot + 1;
        head = slot + 1 == window ? 0 : slot + 1;
    }

    /** @return the table index holding the key, or -1. */
    private int find(final int coinIndex, final long timeMs, final long tid)
    {
        int i = hash(coinIndex, timeMs, tid) & mask;
        while (true)
        {
            final int entry = table[i];
            if (entry == 0)
            {
                return -1;
            }
            final int slot = entry - 1;
            if (ringTids[slot] == tid && ringTimes[slot] == timeMs && ringCoins[slot] == coinIndex)
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void forget(final int slot)
    {
        final int coin = ringCoins[slot];
        forgottenUpToMs[coin] = Math.max(forgottenUpToMs[coin], ringTimes[slot]);
        int hole = find(coin, ringTimes[slot], ringTids[slot]);
        // Backward-shift deletion keeps every remaining key reachable from its home slot without tombstones.
        int j = hole;
        while (true)
        {
            j = (j + 1) & mask;
            final int entry = table[j];
            if (entry == 0)
            {
                break;
            }
            final int s = entry - 1;
            final int home = hash(ringCoins[s], ringTimes[s], ringTids[s]) & mask;
            final boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable)
            {
                table[hole] = entry;
                hole = j;
            }
        }
        table[hole] = 0;
    }

    private static int hash(final int coinIndex, final long timeMs, final long tid)
    {
        long h = tid * 0x9E3779B97F4A7C15L ^ timeMs * 0xC2B2AE3D27D4EB4FL ^ coinIndex;
        h ^= h >>> 29;
        return (int)(h ^ (h >>> 32));
    }
}
