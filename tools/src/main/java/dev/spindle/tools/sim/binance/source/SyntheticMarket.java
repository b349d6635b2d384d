package dev.spindle.tools.sim.binance.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import dev.spindle.tools.sim.binance.book.BookJson;
import dev.spindle.tools.sim.binance.book.Level;
import dev.spindle.tools.sim.binance.book.SimBook;

/**
 * A random-walk order book for one symbol that emits Binance spot frames: {@code depthUpdate} diffs with
 * contiguous {@code U/u}, {@code trade} and {@code aggTrade} for every fill, and {@code bookTicker} whenever the
 * top of book changed (its {@code u} is the {@code u} of the diff it reflects).
 * <p>
 * Prices have 2 decimals and quantities 4 significant decimals, both written with 8 decimals as Binance does.
 * Each diff carries 1 to 4 operations: quantity changes near the touch, new levels (inside the spread when it
 * is wider than one tick, which moves the mid), removals, fills against the touch, and now and then a removal
 * of a level that was never there (Binance sends those too). Each operation consumes one update id.
 * Sender thread only.
 */
final class SyntheticMarket
{
    private static final long TICKS_PER_UNIT = 100;
    private static final long QTY_UNITS_PER_LOT = 10_000;

    private final String symbol;
    private final String depthStream;
    private final String tradeStream;
    private final String aggTradeStream;
    private final String bookTickerStream;
    private final int levels;
    private final SplittableRandom random;
    private final TreeMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, Long> asks = new TreeMap<>();
    private final TreeMap<Long, Long> bidChanges = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, Long> askChanges = new TreeMap<>();
    private final ArrayDeque<SimFrame> pending = new ArrayDeque<>();
    private final long periodNs;
    private long nextSlot;
    private long updateId;
    private long tradeId;
    private long aggTradeId;
    private long tickerBidPrice;
    private long tickerBidQty;
    private long tickerAskPrice;
    private long tickerAskQty;

    SyntheticMarket(final String symbol, final int levels, final double framesPerSecond, final long seed)
    {
        this.symbol = symbol;
        this.depthStream = StreamNames.of(symbol, StreamNames.DEPTH_100MS);
        this.tradeStream = StreamNames.of(symbol, "@trade");
        this.aggTradeStream = StreamNames.of(symbol, "@aggTrade");
        this.bookTickerStream = StreamNames.of(symbol, "@bookTicker");
        this.levels = levels;
        this.random = new SplittableRandom(seed ^ (symbol.hashCode() * 0x9E3779B97F4A7C15L));
        this.periodNs = Math.max(1, Math.round(1e9 / framesPerSecond));
        this.updateId = 1_000_000_000L + random.nextInt(1_000_000_000);
        this.tradeId = 100_000_000L + random.nextInt(100_000_000);
        this.aggTradeId = 10_000_000L + random.nextInt(10_000_000);
        final long mid = 100_000 + random.nextInt(5_000_000);
        long bid = mid - 1;
        long ask = mid + 1;
        for (int i = 0; i < levels; i++)
        {
            bids.put(bid, randomQty());
            asks.put(ask, randomQty());
            bid -= 1 + random.nextInt(3);
            ask += 1 + random.nextInt(3);
        }
    }

    String symbol()
    {
        return symbol;
    }

    List<String> streams()
    {
        return List.of(depthStream, tradeStream, aggTradeStream, bookTickerStream);
    }

    SimBook newBook(final int historyEvents)
    {
        final SimBook book = new SimBook(symbol, historyEvents);
        book.reset(updateId, levelsOf(bids), levelsOf(asks));
        return book;
    }

    /** @return source time of the next frame, generating a step if none is pending. */
    long peekTimeNs(final long eventTimeMs)
    {
        if (pending.isEmpty())
        {
            step(eventTimeMs);
        }
        return pending.peekFirst().sourceTimeNs();
    }

    SimFrame take()
    {
        return pending.pollFirst();
    }

    private void step(final long nowMs)
    {
        bidChanges.clear();
        askChanges.clear();
        final List<String> trades = new ArrayList<>(2);
        final int operations = 1 + random.nextInt(4);
        for (int i = 0; i < operations; i++)
        {
            final int dice = random.nextInt(100);
            if (dice < 10)
            {
                fill(nowMs, trades);
            }
            else if (dice < 60)
            {
                changeQty(random.nextBoolean());
            }
            else if (dice < 80)
            {
                addLevel(random.nextBoolean());
            }
            else if (dice < 95)
            {
                removeLevel(random.nextBoolean());
            }
            else
            {
                removeUnknownLevel(random.nextBoolean());
            }
        }
        replenish(bids, bidChanges, true);
        replenish(asks, askChanges, false);
        for (final String trade : trades)
        {
            pending.addLast(SimFrame.fromPayload(trade.startsWith("{\"e\":\"trade\"") ? tradeStream : aggTradeStream,
                symbol, slot(), trade));
        }
        final long firstId = updateId + 1;
        updateId += operations;
        final List<Level> bidLevels = levelsOf(bidChanges);
        final List<Level> askLevels = levelsOf(askChanges);
        final StringBuilder depth = new StringBuilder(160 + 40 * (bidLevels.size() + askLevels.size()));
        depth.append("{\"e\":\"depthUpdate\",\"E\":").append(nowMs).append(",\"s\":\"").append(symbol)
            .append("\",\"U\":").append(firstId).append(",\"u\":").append(updateId).append(",\"b\":");
        BookJson.appendLevels(depth, bidLevels);
        depth.append(",\"a\":");
        BookJson.appendLevels(depth, askLevels);
        depth.append('}');
        pending.addLast(SimFrame.depthFromPayload(depthStream, symbol, slot(), depth.toString(), firstId, updateId,
            nowMs, bidLevels, askLevels));
        final Map.Entry<Long, Long> bestBid = bids.firstEntry();
        final Map.Entry<Long, Long> bestAsk = asks.firstEntry();
        if (bestBid.getKey() != tickerBidPrice || bestBid.getValue() != tickerBidQty ||
            bestAsk.getKey() != tickerAskPrice || bestAsk.getValue() != tickerAskQty)
        {
            tickerBidPrice = bestBid.getKey();
            tickerBidQty = bestBid.getValue();
            tickerAskPrice = bestAsk.getKey();
            tickerAskQty = bestAsk.getValue();
            pending.addLast(SimFrame.fromPayload(bookTickerStream, symbol, slot(),
                "{\"u\":" + updateId + ",\"s\":\"" + symbol + "\",\"b\":\"" + price(tickerBidPrice) +
                "\",\"B\":\"" + qty(tickerBidQty) + "\",\"a\":\"" + price(tickerAskPrice) +
                "\",\"A\":\"" + qty(tickerAskQty) + "\"}"));
        }
    }

    /** A market order takes part of the touch on one side: a trade, an aggTrade, and the touch shrinks. */
    private void fill(final long nowMs, final List<String> trades)
    {
        final boolean buyerIsTaker = random.nextBoolean();
        final TreeMap<Long, Long> side = buyerIsTaker ? asks : bids;
        if (side.size() < 2)
        {
            return; // never empty a side: replenishing happens at the end of the step
        }
        final Map.Entry<Long, Long> touch = side.firstEntry();
        final long traded = Math.min(touch.getValue(), randomQty() / 4 + QTY_UNITS_PER_LOT);
        set(buyerIsTaker ? asks : bids, buyerIsTaker ? askChanges : bidChanges, touch.getKey(),
            touch.getValue() - traded);
        final String common = ",\"E\":" + nowMs + ",\"s\":\"" + symbol + "\"";
        final String priceQty = ",\"p\":\"" + price(touch.getKey()) + "\",\"q\":\"" + qty(traded) + "\"";
        final String tail = ",\"T\":" + nowMs + ",\"m\":" + !buyerIsTaker + ",\"M\":true}";
        tradeId++;
        aggTradeId++;
        trades.add("{\"e\":\"trade\"" + common + ",\"t\":" + tradeId + priceQty + tail);
        trades.add("{\"e\":\"aggTrade\"" + common + ",\"a\":" + aggTradeId + priceQty +
            ",\"f\":" + tradeId + ",\"l\":" + tradeId + tail);
    }

    private void changeQty(final boolean bid)
    {
        final TreeMap<Long, Long> side = bid ? bids : asks;
        final int depth = Math.min(side.size(), 10);
        long price = side.firstKey();
        final int skip = random.nextInt(depth);
        int i = 0;
        for (final Long p : side.keySet())
        {
            if (i++ == skip)
            {
                price = p;
                break;
            }
        }
        set(side, bid ? bidChanges : askChanges, price, randomQty());
    }

    private void addLevel(final boolean bid)
    {
        final long bestBid = bids.firstKey();
        final long bestAsk = asks.firstKey();
        final long spread = bestAsk - bestBid;
        final long price;
        if (spread > 1 && random.nextBoolean())
        {
            final long inside = 1 + random.nextInt((int)Math.min(spread - 1, 1_000));
            price = bid ? bestBid + inside : bestAsk - inside;
        }
        else
        {
            final long away = 1 + random.nextInt(2 * levels);
            price = bid ? bestBid - away : bestAsk + away;
        }
        if (price > 0)
        {
            set(bid ? bids : asks, bid ? bidChanges : askChanges, price, randomQty());
        }
    }

    private void removeLevel(final boolean bid)
    {
        final TreeMap<Long, Long> side = bid ? bids : asks;
        if (side.size() > 2)
        {
            final int skip = random.nextInt(Math.min(side.size(), levels));
            int i = 0;
            for (final Long p : side.keySet())
            {
                if (i++ == skip)
                {
                    set(side, bid ? bidChanges : askChanges, p, 0);
                    break;
                }
            }
        }
    }

    private void removeUnknownLevel(final boolean bid)
    {
        final TreeMap<Long, Long> side = bid ? bids : asks;
        final long beyond = 1 + random.nextInt(100);
        final long price = bid ? side.lastKey() - beyond : side.lastKey() + beyond;
        if (price > 0 && !side.containsKey(price))
        {
            (bid ? bidChanges : askChanges).put(price, 0L);
        }
    }

    /** Keep between {@code levels} and {@code 2 * levels} levels per side, far from the touch. */
    private void replenish(final TreeMap<Long, Long> side, final TreeMap<Long, Long> changes, final boolean bid)
    {
        while (side.size() < levels)
        {
            final long price = bid ? side.lastKey() - 1 - random.nextInt(3) : side.lastKey() + 1 + random.nextInt(3);
            if (price <= 0)
            {
                break;
            }
            set(side, changes, price, randomQty());
        }
        while (side.size() > 2 * levels)
        {
            set(side, changes, side.lastKey(), 0);
        }
    }

    private static void set(
        final TreeMap<Long, Long> side, final TreeMap<Long, Long> changes, final long price, final long qty)
    {
        if (qty == 0)
        {
            side.remove(price);
        }
        else
        {
            side.put(price, qty);
        }
        changes.put(price, qty);
    }

    private long slot()
    {
        return periodNs * nextSlot++;
    }

    private long randomQty()
    {
        return (1 + random.nextInt(100_000)) * QTY_UNITS_PER_LOT;
    }

    private static List<Level> levelsOf(final TreeMap<Long, Long> side)
    {
        final List<Level> out = new ArrayList<>(side.size());
        for (final Map.Entry<Long, Long> e : side.entrySet())
        {
            out.add(new Level(price(e.getKey()), qty(e.getValue())));
        }
        return List.copyOf(out);
    }

    static String price(final long ticks)
    {
        return decimal(ticks / TICKS_PER_UNIT, (ticks % TICKS_PER_UNIT) * 1_000_000);
    }

    static String qty(final long units)
    {
        return decimal(units / 100_000_000L, units % 100_000_000L);
    }

    private static String decimal(final long whole, final long eighths)
    {
        final String fraction = Long.toString(eighths);
        return whole + "." + "00000000".substring(fraction.length()) + fraction;
    }
}
