package dev.spindle.tools.sim.hyperliquid.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dev.spindle.engine.book.Decimal;
import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.Level;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * One coin's random-walk book, rendered as Hyperliquid writes it (live field order {@code coin,levels,time},
 * levels {@code n,px,sz}, decimals without trailing zeros but {@code .0} on whole numbers). Each step moves the
 * touch by a few ticks, changes a few sizes and keeps exactly {@code levels} levels a side, so a client sees
 * every kind of level change, including levels leaving and entering the 20-level view.
 */
final class SyntheticCoin
{
    private static final int SCALE = 8;
    private static final long MAX_SIZE_UNITS = 500_000;
    private static final long SIZE_UNIT = 1_000;
    /** {@code tid} is a 50-bit hash on the venue. */
    private static final long TID_BITS = 50;

    private final String coin;
    private final int levels;
    private final long tick;
    private final Random random;
    private final TreeMap<Long, long[]> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, long[]> asks = new TreeMap<>();
    private long lastTimeMs;

    /**
     * @param coin   coin name, written as is.
     * @param index  position among the synthetic coins: picks the tick (1, 0.1, 0.01) and the price range.
     * @param levels levels per side.
     * @param random the source's generator.
     */
    SyntheticCoin(final String coin, final int index, final int levels, final Random random)
    {
        this.coin = coin;
        this.levels = levels;
        this.tick = Decimal.pow10(SCALE - index % 3);
        this.random = random;
        final long bestBid = (10_000 + random.nextInt(90_000)) * tick;
        bids.put(bestBid, level());
        asks.put(bestBid + tick, level());
        fill();
    }

    String coin()
    {
        return coin;
    }

    /** Move the market one step: touch random walk, a few size changes, depth refilled. */
    void step()
    {
        final long move = (random.nextInt(5) - 2) * tick;
        long bestBid = bids.firstKey() + move;
        long bestAsk = asks.firstKey() + move;
        if (bestBid <= 100 * tick)
        {
            bestBid += 100 * tick;
            bestAsk += 100 * tick;
        }
        if (bestAsk <= bestBid)
        {
            bestAsk = bestBid + tick;
        }
        bids.headMap(bestBid, false).clear();
        asks.headMap(bestAsk, false).clear();
        bids.putIfAbsent(bestBid, level());
        asks.putIfAbsent(bestAsk, level());
        for (int changes = 1 + random.nextInt(3); changes > 0; changes--)
        {
            final TreeMap<Long, long[]> side = random.nextBoolean() ? bids : asks;
            final Long price = nthKey(side, random.nextInt(side.size()));
            side.put(price, level());
        }
        if (random.nextInt(4) == 0 && bids.size() > 1)
        {
            bids.remove(nthKey(bids, 1 + random.nextInt(bids.size() - 1)));
        }
        fill();
    }

    /** @return the book as an {@code l2Book} frame at {@code timeMs} (made strictly later than the last one). */
    SimFrame bookFrame(final long sourceTimeNs, final long timeMs)
    {
        lastTimeMs = Math.max(timeMs, lastTimeMs + 1);
        final List<Level> bidLevels = view(bids);
        final List<Level> askLevels = view(asks);
        final StringBuilder data = new StringBuilder(64 * (bidLevels.size() + askLevels.size()));
        data.append("{\"coin\":\"").append(coin).append("\",\"levels\":[");
        appendLevels(data, bidLevels).append(',');
        appendLevels(data, askLevels).append("],\"time\":").append(lastTimeMs).append('}');
        final String dataJson = data.toString();
        return SimFrame.book(sourceTimeNs, "{\"channel\":\"l2Book\",\"data\":" + dataJson + "}",
            new BookView(coin, lastTimeMs, bidLevels, askLevels), dataJson);
    }

    /**
     * @return a {@code trades} frame of {@code count} trades at the touch, the last at {@code timeMs} and each
     * earlier one {@code spacingMs} before the next.
     */
    SimFrame tradesFrame(final long sourceTimeNs, final long timeMs, final int count, final long spacingMs)
    {
        final List<String> trades = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            final boolean buy = random.nextBoolean();
            final long px = buy ? asks.firstKey() : bids.firstKey();
            trades.add("{\"coin\":\"" + coin + "\",\"hash\":\"0x" + hex(64) + "\",\"px\":\"" + decimal(px) +
                "\",\"side\":\"" + (buy ? 'B' : 'A') + "\",\"sz\":\"" + decimal(size()) + "\",\"tid\":" +
                (random.nextLong() & ((1L << TID_BITS) - 1)) + ",\"time\":" +
                (timeMs - (count - 1 - i) * spacingMs) + ",\"users\":[\"0x" + hex(40) + "\",\"0x" + hex(40) + "\"]}");
        }
        return SimFrame.trades(sourceTimeNs, coin, "{\"channel\":\"trades\",\"data\":[" + String.join(",", trades) +
            "]}", trades);
    }

    private void fill()
    {
        fill(bids, -1);
        fill(asks, 1);
    }

    private void fill(final TreeMap<Long, long[]> side, final int direction)
    {
        while (side.size() > levels)
        {
            side.pollLastEntry();
        }
        while (side.size() < levels)
        {
            final long worst = side.lastKey();
            final long price = worst + direction * (1 + random.nextInt(3)) * tick;
            if (price <= 0)
            {
                return;
            }
            side.put(price, level());
        }
    }

    private long[] level()
    {
        return new long[] {size(), 1 + random.nextInt(20)};
    }

    private long size()
    {
        return (1 + (long)random.nextInt((int)MAX_SIZE_UNITS)) * SIZE_UNIT;
    }

    private static List<Level> view(final TreeMap<Long, long[]> side)
    {
        final List<Level> out = new ArrayList<>(side.size());
        for (final Map.Entry<Long, long[]> level : side.entrySet())
        {
            out.add(new Level(decimal(level.getKey()), decimal(level.getValue()[0]), (int)level.getValue()[1]));
        }
        return out;
    }

    private static StringBuilder appendLevels(final StringBuilder out, final List<Level> side)
    {
        out.append('[');
        for (int i = 0; i < side.size(); i++)
        {
            final Level level = side.get(i);
            out.append(i == 0 ? "" : ",").append("{\"n\":").append(level.n()).append(",\"px\":\"").append(level.px())
                .append("\",\"sz\":\"").append(level.sz()).append("\"}");
        }
        return out.append(']');
    }

    private static Long nthKey(final TreeMap<Long, long[]> side, final int n)
    {
        int i = 0;
        for (final Long key : side.keySet())
        {
            if (i++ == n)
            {
                return key;
            }
        }
        throw new IllegalStateException("side holds fewer than " + (n + 1) + " levels");
    }

    private String hex(final int digits)
    {
        final StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++)
        {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    /** Hyperliquid's rendering: exact, no trailing zeros, {@code .0} on whole numbers. */
    private static String decimal(final long mantissa)
    {
        return Decimal.toString(mantissa, SCALE, 1);
    }
}
