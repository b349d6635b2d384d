package dev.spindle.hyperliquid.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The trades of one {@code trades} frame ({@code WsTrade[]}: one block's fills of a coin, or the replay of the
 * 30 most recent trades sent on subscribe), in wire order, in reusable storage. Trade {@code i} is read through
 * the indexed accessors, named as on the wire.
 * <p>
 * {@code tid} is a 50-bit hash of the two order ids, not monotonic; the unique key of a trade is
 * {@code (coin, time, tid)} and {@link TradeDeduplicator} uses it to flag replayed trades
 * ({@link #isDuplicate(int)}). {@code hash} may be all zeros, so it is not a key.
 * <p>
 * Owned by a decoder and overwritten by its next call; grows (allocating) only when a frame carries more trades
 * than ever before. Not thread safe.
 */
public final class Trades
{
    /** Longest {@code hash} kept: {@code 0x} and 64 hex digits. */
    public static final int MAX_HASH_LENGTH = 66;
    /** Longest address kept in {@code users}: {@code 0x} and 40 hex digits. */
    public static final int MAX_USER_LENGTH = 42;
    /** {@code side} of a trade whose aggressor bought. */
    public static final byte BUY = 'B';
    /** {@code side} of a trade whose aggressor sold ("A" for ask). */
    public static final byte SELL = 'A';

    private int[] coinIndexes;
    private byte[] sides;
    private long[] prices;
    private long[] sizes;
    private long[] times;
    private long[] tids;
    private byte[] hashes;
    private int[] hashLengths;
    private byte[] users;
    private int[] userLengths;
    private boolean[] duplicates;
    private int count;

    /** @param initialCapacity trades held before the first growth (the replay holds 30). */
    public Trades(final int initialCapacity)
    {
        allocate(Math.max(1, initialCapacity));
    }

    private void allocate(final int capacity)
    {
        coinIndexes = new int[capacity];
        sides = new byte[capacity];
        prices = new long[capacity];
        sizes = new long[capacity];
        times = new long[capacity];
        tids = new long[capacity];
        hashes = new byte[capacity * MAX_HASH_LENGTH];
        hashLengths = new int[capacity];
        users = new byte[capacity * 2 * MAX_USER_LENGTH];
        userLengths = new int[capacity * 2];
        duplicates = new boolean[capacity];
    }

    void clear()
    {
        count = 0;
    }

    /** Start trade {@code count}, growing if needed; returns its index. */
    int begin()
    {
        if (count == coinIndexes.length)
        {
            grow(count * 2);
        }
        final int i = count++;
        coinIndexes[i] = CoinTable.NOT_FOUND;
        hashLengths[i] = 0;
        userLengths[2 * i] = 0;
        userLengths[2 * i + 1] = 0;
        duplicates[i] = false;
        return i;
    }

    void set(final int i, final int coinIndex, final byte side, final long price, final long size, final long timeMs,
        final long tid)
    {
        coinIndexes[i] = coinIndex;
        sides[i] = side;
        prices[i] = price;
        sizes[i] = size;
        times[i] = timeMs;
        tids[i] = tid;
    }

    void hash(final int i, final byte[] buf, final int off, final int len)
    {
        System.arraycopy(buf, off, hashes, i * MAX_HASH_LENGTH, len);
        hashLengths[i] = len;
    }

    void user(final int i, final int which, final byte[] buf, final int off, final int len)
    {
        System.arraycopy(buf, off, users, (2 * i + which) * MAX_USER_LENGTH, len);
        userLengths[2 * i + which] = len;
    }

    void duplicate(final int i, final boolean duplicate)
    {
        duplicates[i] = duplicate;
    }

    /** @return number of trades in the frame. */
    public int count()
    {
        return count;
    }

    /** @return index of trade {@code i}'s {@code coin} in the {@link CoinTable}. */
    public int coinIndex(final int i)
    {
        checkIndex(i);
        return coinIndexes[i];
    }

    /** @return {@code side}: {@link #BUY} ('B') or {@link #SELL} ('A'), the aggressor's side. */
    public byte side(final int i)
    {
        checkIndex(i);
        return sides[i];
    }

    /** @return {@code px}: price mantissa at the coin's price scale. */
    public long px(final int i)
    {
        checkIndex(i);
        return prices[i];
    }

    /** @return {@code sz}: size mantissa at the coin's size scale. */
    public long sz(final int i)
    {
        checkIndex(i);
        return sizes[i];
    }

    /** @return {@code time}: trade time, epoch ms. */
    public long time(final int i)
    {
        checkIndex(i);
        return times[i];
    }

    /** @return {@code tid}: a 50-bit hash of the order ids (not monotonic). */
    public long tid(final int i)
    {
        checkIndex(i);
        return tids[i];
    }

    /** @return true if a {@link TradeDeduplicator} has seen trade {@code i} before (a replayed trade). */
    public boolean isDuplicate(final int i)
    {
        checkIndex(i);
        return duplicates[i];
    }

    /** @return {@code hash} of trade {@code i} (possibly all zeros), "" if absent; allocates. */
    public String hash(final int i)
    {
        checkIndex(i);
        return new String(hashes, i * MAX_HASH_LENGTH, hashLengths[i], StandardCharsets.US_ASCII);
    }

    /**
     * @param which 0 for the buyer, 1 for the seller.
     * @return that address of {@code users}, "" if absent; allocates.
     */
    public String user(final int i, final int which)
    {
        checkIndex(i);
        if (which != 0 && which != 1)
        {
            throw new IndexOutOfBoundsException("user " + which + " outside 0..1");
        }
        final int slot = 2 * i + which;
        return new String(users, slot * MAX_USER_LENGTH, userLengths[slot], StandardCharsets.US_ASCII);
    }

    private void grow(final int capacity)
    {
        coinIndexes = Arrays.copyOf(coinIndexes, capacity);
        sides = Arrays.copyOf(sides, capacity);
        prices = Arrays.copyOf(prices, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        times = Arrays.copyOf(times, capacity);
        tids = Arrays.copyOf(tids, capacity);
        hashes = Arrays.copyOf(hashes, capacity * MAX_HASH_LENGTH);
        hashLengths = Arrays.copyOf(hashLengths, capacity);
        users = Arrays.copyOf(users, capacity * 2 * MAX_USER_LENGTH);
        userLengths = Arrays.copyOf(userLengths, capacity * 2);
        duplicates = Arrays.copyOf(duplicates, capacity);
    }

    private void checkIndex(final int i)
    {
        if (i < 0 || i >= count)
        {
            throw new IndexOutOfBoundsException("trade " + i + " outside count " + count);
        }
    }

    @Override
    public String toString()
    {
        return "Trades[" + count + "]";
    }
}
