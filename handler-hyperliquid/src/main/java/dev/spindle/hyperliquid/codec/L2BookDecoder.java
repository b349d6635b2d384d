package dev.spindle.hyperliquid.codec;

import dev.spindle.engine.book.Instrument;

/**
 * Decodes a Hyperliquid {@code WsBook} object, {@code {"coin":"BTC","time":ms,"levels":[[bids..],[asks..]]}},
 * with levels {@code {"px":"105055.0","sz":"3.03622","n":5}}, into a reusable {@link L2Snapshot}.
 * <p>
 * Members may come in any order, at both levels: the archive writes {@code coin,time,levels} and {@code px,sz,n},
 * the live feed {@code coin,levels,time} and {@code n,px,sz}; levels met before the coin are parsed once the coin
 * (hence the scales) is known. Unknown members are skipped ({@code "fast":true}, {@code "spread"}). {@code n}
 * may be absent ({@link BookLevels#NO_COUNT}). A book is rejected as a whole, with a {@link DecodeException},
 * unless: the coin is registered, {@code time} is an integer, {@code levels} holds exactly two arrays, every
 * level has a positive {@code px} and {@code sz} exact at the coin's scales and a positive {@code n} if sent,
 * bids are strictly descending and asks strictly ascending.
 * <p>
 * Allocation-free. One instance per thread.
 */
public final class L2BookDecoder
{
    private static final byte[] COIN = Ascii.bytes("coin");
    private static final byte[] TIME = Ascii.bytes("time");
    private static final byte[] LEVELS = Ascii.bytes("levels");
    private static final byte[] PX = Ascii.bytes("px");
    private static final byte[] SZ = Ascii.bytes("sz");

    private final CoinTable coins;
    private final JsonScanner bodyScanner = new JsonScanner("l2Book body");

    /** @param coins coins whose books may be decoded; register them all before decoding. */
    public L2BookDecoder(final CoinTable coins)
    {
        this.coins = coins;
    }

    /**
     * Decode a {@code POST /info {"type":"l2Book","coin":..}} response body: a bare {@code WsBook}, or
     * {@code null} when the venue does not know the coin.
     *
     * @return true if {@code out} now holds the book; false for a {@code null} body.
     * @throws DecodeException if the body is malformed or names an unregistered coin.
     */
    public boolean decodeInfoBody(final byte[] buf, final int off, final int len, final L2Snapshot out)
    {
        final JsonScanner s = bodyScanner;
        s.wrap(buf, off, len);
        out.clear();
        if (s.nextIsNull())
        {
            s.endOfInput();
            return false;
        }
        decodeObject(s, out);
        s.endOfInput();
        return true;
    }

    /** Decode the {@code WsBook} object at the scanner's position, leaving the scanner after it. */
    void decodeObject(final JsonScanner s, final L2Snapshot out)
    {
        out.clear();
        boolean sawTime = false;
        int levelsAt = -1;
        s.beginObject();
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(COIN))
            {
                s.readString();
                final int index = coins.indexOf(s.buffer(), s.stringOffset(), s.stringLength());
                if (index == CoinTable.NOT_FOUND)
                {
                    throw s.error("unregistered coin '" + s.excerpt(s.stringOffset(), s.stringLength()) + "'");
                }
                out.coinIndex = index;
            }
            else if (s.keyIs(TIME))
            {
                out.timeMs = s.readLong();
                sawTime = true;
            }
            else if (s.keyIs(LEVELS))
            {
                if (out.coinIndex == CoinTable.NOT_FOUND)
                {
                    levelsAt = s.position();
                    s.skipValue();
                }
                else
                {
                    levels(s, coins.instrument(out.coinIndex), out);
                    levelsAt = Integer.MAX_VALUE;
                }
            }
            else
            {
                s.skipValue();
            }
        }
        if (out.coinIndex == CoinTable.NOT_FOUND || !sawTime || levelsAt < 0)
        {
            throw s.error("book missing" + (out.coinIndex == CoinTable.NOT_FOUND ? " coin" : "") +
                (sawTime ? "" : " time") + (levelsAt < 0 ? " levels" : ""));
        }
        if (levelsAt != Integer.MAX_VALUE)
        {
            final int after = s.position();
            s.position(levelsAt);
            levels(s, coins.instrument(out.coinIndex), out);
            s.position(after);
        }
    }

    private static void levels(final JsonScanner s, final Instrument instrument, final L2Snapshot out)
    {
        s.beginArray();
        if (!s.nextElement(true))
        {
            throw s.error("levels must be [bids, asks], got []");
        }
        side(s, instrument, out.bids(), true);
        if (!s.nextElement(false))
        {
            throw s.error("levels must be [bids, asks], got one side");
        }
        side(s, instrument, out.asks(), false);
        if (s.nextElement(false))
        {
            throw s.error("levels must be [bids, asks], got more than two sides");
        }
    }

    private static void side(
        final JsonScanner s, final Instrument instrument, final BookLevels into, final boolean bids)
    {
        final int priceScale = instrument.priceScale();
        final int sizeScale = instrument.qtyScale();
        long lastPrice = 0;
        s.beginArray();
        boolean firstLevel = true;
        while (s.nextElement(firstLevel))
        {
            firstLevel = false;
            long price;
            long size;
            long orders;
            if (s.compactLevel(priceScale, sizeScale))
            {
                price = s.levelPrice();
                size = s.levelSize();
                orders = s.levelOrders();
            }
            else
            {
                price = -1;
                size = -1;
                orders = BookLevels.NO_COUNT;
                s.beginObject();
                boolean first = true;
                while (s.nextKey(first))
                {
                    first = false;
                    if (s.keyLength() == 1 && s.keyFirstByte() == 'n')
                    {
                        orders = s.readLong();
                        if (orders < 1 || orders > Integer.MAX_VALUE)
                        {
                            throw s.error((bids ? "bid" : "ask") + " level " + into.count() + ": bad order count " +
                                orders);
                        }
                    }
                    else if (s.keyIs(PX))
                    {
                        price = s.readDecimal(priceScale, "px");
                    }
                    else if (s.keyIs(SZ))
                    {
                        size = s.readDecimal(sizeScale, "sz");
                    }
                    else
                    {
                        s.skipValue();
                    }
                }
            }
            if (price <= 0 || size <= 0)
            {
                throw s.error((bids ? "bid" : "ask") + " level " + into.count() + ": " +
                    (price < 0 || size < 0 ? "missing or negative px/sz" : "zero px/sz"));
            }
            if (into.count() > 0 && (bids ? price >= lastPrice : price <= lastPrice))
            {
                throw s.error((bids ? "bids not strictly descending" : "asks not strictly ascending") + " at level " +
                    into.count());
            }
            lastPrice = price;
            into.add(price, size, (int)orders);
        }
    }
}
