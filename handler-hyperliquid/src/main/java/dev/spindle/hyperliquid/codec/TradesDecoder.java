package dev.spindle.hyperliquid.codec;

import dev.spindle.engine.book.Instrument;

/**
 * Decodes the {@code data} array of a {@code trades} frame,
 * {@code [{"coin","side":"B"|"A","px","sz","hash","time","tid","users":[buyer,seller]},..]}, into a reusable
 * {@link Trades}. Members may come in any order; unknown ones are skipped. {@code coin}, {@code side},
 * {@code px}, {@code sz}, {@code time} and {@code tid} are required, {@code hash} and {@code users} optional.
 * Allocation-free. Used through {@link FrameDecoder}.
 */
final class TradesDecoder
{
    private static final byte[] COIN = Ascii.bytes("coin");
    private static final byte[] SIDE = Ascii.bytes("side");
    private static final byte[] PX = Ascii.bytes("px");
    private static final byte[] SZ = Ascii.bytes("sz");
    private static final byte[] HASH = Ascii.bytes("hash");
    private static final byte[] TIME = Ascii.bytes("time");
    private static final byte[] TID = Ascii.bytes("tid");
    private static final byte[] USERS = Ascii.bytes("users");

    private final CoinTable coins;

    TradesDecoder(final CoinTable coins)
    {
        this.coins = coins;
    }

    /** Decode the array at the scanner's position, leaving the scanner after it. */
    void decodeArray(final JsonScanner s, final Trades out)
    {
        out.clear();
        s.beginArray();
        boolean first = true;
        while (s.nextElement(first))
        {
            first = false;
            trade(s, out);
        }
    }

    private void trade(final JsonScanner s, final Trades out)
    {
        final int i = out.begin();
        int coinIndex = CoinTable.NOT_FOUND;
        byte side = 0;
        int priceAt = -1;
        int sizeAt = -1;
        long timeMs = -1;
        long tid = -1;
        s.beginObject();
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(COIN))
            {
                s.readString();
                coinIndex = coins.indexOf(s.buffer(), s.stringOffset(), s.stringLength());
                if (coinIndex == CoinTable.NOT_FOUND)
                {
                    throw s.error("unregistered coin '" + s.excerpt(s.stringOffset(), s.stringLength()) + "'");
                }
            }
            else if (s.keyIs(SIDE))
            {
                s.readString();
                side = s.stringLength() == 1 ? s.buffer()[s.stringOffset()] : 0;
                if (side != Trades.BUY && side != Trades.SELL)
                {
                    throw s.error("trade " + i + ": side must be \"B\" or \"A\"");
                }
            }
            else if (s.keyIs(PX))
            {
                // Parsed once the coin, hence the scale, is certain.
                priceAt = s.position();
                s.skipValue();
            }
            else if (s.keyIs(SZ))
            {
                sizeAt = s.position();
                s.skipValue();
            }
            else if (s.keyIs(TIME))
            {
                timeMs = s.readLong();
            }
            else if (s.keyIs(TID))
            {
                tid = s.readLong();
            }
            else if (s.keyIs(HASH))
            {
                s.readString();
                if (s.stringLength() > Trades.MAX_HASH_LENGTH)
                {
                    throw s.error("trade " + i + ": hash longer than " + Trades.MAX_HASH_LENGTH);
                }
                out.hash(i, s.buffer(), s.stringOffset(), s.stringLength());
            }
            else if (s.keyIs(USERS))
            {
                users(s, out, i);
            }
            else
            {
                s.skipValue();
            }
        }
        if (coinIndex == CoinTable.NOT_FOUND || side == 0 || priceAt < 0 || sizeAt < 0 || timeMs < 0 || tid < 0)
        {
            throw s.error("trade " + i + " missing" + (coinIndex == CoinTable.NOT_FOUND ? " coin" : "") +
                (side == 0 ? " side" : "") + (priceAt < 0 ? " px" : "") + (sizeAt < 0 ? " sz" : "") +
                (timeMs < 0 ? " time" : "") + (tid < 0 ? " tid" : ""));
        }
        final Instrument instrument = coins.instrument(coinIndex);
        final int after = s.position();
        s.position(priceAt);
        final long price = s.readDecimal(instrument.priceScale(), "px");
        s.position(sizeAt);
        final long size = s.readDecimal(instrument.qtyScale(), "sz");
        if (price <= 0 || size <= 0)
        {
            throw s.error("trade " + i + ": px and sz must be positive");
        }
        s.position(after);
        out.set(i, coinIndex, side, price, size, timeMs, tid);
    }

    private static void users(final JsonScanner s, final Trades out, final int i)
    {
        s.beginArray();
        int which = 0;
        boolean first = true;
        while (s.nextElement(first))
        {
            first = false;
            s.readString();
            if (which > 1 || s.stringLength() > Trades.MAX_USER_LENGTH)
            {
                throw s.error("trade " + i + ": users must be [buyer, seller] addresses");
            }
            out.user(i, which++, s.buffer(), s.stringOffset(), s.stringLength());
        }
    }
}
