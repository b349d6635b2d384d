package dev.spindle.binance.codec;

import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.PriceLevels;

/**
 * Decodes a REST depth snapshot body: {@code {"lastUpdateId":N,"bids":[[p,q],..],"asks":[..]}}, plus {@code E}/
 * {@code T} on futures and {@code symbol}/{@code pair} on COIN-M. A Binance error body
 * ({@code {"code":-1121,"msg":"Invalid symbol."}}) is reported as a {@link DecodeException} quoting it.
 * <p>
 * The body does not name the symbol on spot and USD-M, so the caller passes the symbol it asked for; a
 * {@code symbol} field that disagrees is an error. Also records the most decimals written in price and quantity
 * strings ({@link DepthSnapshot#priceDecimals()}), which is how an instrument learns the venue's display format.
 * One instance per thread.
 */
public final class DepthSnapshotDecoder
{
    private static final byte[] LAST_UPDATE_ID = EnvelopeDecoder.ascii("lastUpdateId");
    private static final byte[] BIDS = EnvelopeDecoder.ascii("bids");
    private static final byte[] ASKS = EnvelopeDecoder.ascii("asks");
    private static final byte[] SYMBOL = EnvelopeDecoder.ascii("symbol");
    private static final byte[] CODE = EnvelopeDecoder.ascii("code");
    private static final byte[] MSG = EnvelopeDecoder.ascii("msg");

    private final JsonScanner scanner = new JsonScanner("depth snapshot");
    private final SymbolTable symbols;
    private int priceDecimals;
    private int qtyDecimals;

    /** @param symbols instruments whose snapshots may be decoded. */
    public DepthSnapshotDecoder(final SymbolTable symbols)
    {
        this.symbols = symbols;
    }

    /**
     * @param symbolIndex index of the symbol the snapshot was requested for.
     * @param buf         body bytes.
     * @param off         first byte of the body.
     * @param len         body length.
     * @param out         overwritten with the snapshot.
     * @throws DecodeException if the body is an error reply or malformed; {@code out} is then undefined.
     */
    public void decode(final int symbolIndex, final byte[] buf, final int off, final int len, final DepthSnapshot out)
    {
        final Instrument instrument = symbols.instrument(symbolIndex);
        final JsonScanner s = scanner;
        s.wrap(buf, off, len);
        out.clear().symbolIndex(symbolIndex);
        priceDecimals = 0;
        qtyDecimals = 0;
        boolean sawId = false;
        boolean sawBids = false;
        boolean sawAsks = false;
        long errorCode = 0;
        String errorMessage = null;
        s.beginObject();
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(LAST_UPDATE_ID))
            {
                out.lastUpdateId(s.readLong());
                sawId = true;
            }
            else if (s.keyIs(BIDS))
            {
                levels(instrument, out.bids());
                sawBids = true;
            }
            else if (s.keyIs(ASKS))
            {
                levels(instrument, out.asks());
                sawAsks = true;
            }
            else if (s.keyIs('E'))
            {
                out.E(s.readLong());
            }
            else if (s.keyIs('T'))
            {
                out.T(s.readLong());
            }
            else if (s.keyIs(SYMBOL))
            {
                s.readString();
                if (!symbols.matches(symbolIndex, buf, s.stringOffset(), s.stringLength()))
                {
                    throw s.error("snapshot for symbol '" + s.excerpt(s.stringOffset(), s.stringLength()) +
                        "', requested for " + instrument.symbol());
                }
            }
            else if (s.keyIs(CODE))
            {
                errorCode = s.readLong();
            }
            else if (s.keyIs(MSG))
            {
                s.readString();
                errorMessage = s.excerpt(s.stringOffset(), s.stringLength());
            }
            else
            {
                s.skipValue();
            }
        }
        s.endOfInput();
        if (errorMessage != null || errorCode != 0)
        {
            throw new DecodeException("depth snapshot for " + instrument.symbol() + ": Binance error code " +
                errorCode + ": " + errorMessage);
        }
        if (!sawId || !sawBids || !sawAsks)
        {
            throw s.error("missing" + (sawId ? "" : " lastUpdateId") + (sawBids ? "" : " bids") +
                (sawAsks ? "" : " asks"));
        }
        out.decimals(priceDecimals, qtyDecimals);
    }

    private void levels(final Instrument instrument, final PriceLevels into)
    {
        final JsonScanner s = scanner;
        final byte[] buf = s.buffer();
        s.beginArray();
        boolean first = true;
        while (s.nextElement(first))
        {
            first = false;
            s.beginArray();
            final long price = decimal(buf, instrument.priceScale(), "price", true);
            s.comma();
            final long qty = decimal(buf, instrument.qtyScale(), "quantity", false);
            s.endArray();
            if (price < 0 || qty < 0)
            {
                throw s.error("negative price or quantity");
            }
            into.add(price, qty);
        }
    }

    private long decimal(final byte[] buf, final int scale, final String field, final boolean isPrice)
    {
        final JsonScanner s = scanner;
        final int at = s.position();
        s.readString();
        final int digits = Decimal.fractionDigits(buf, s.stringOffset(), s.stringLength());
        if (isPrice)
        {
            priceDecimals = Math.max(priceDecimals, digits);
        }
        else
        {
            qtyDecimals = Math.max(qtyDecimals, digits);
        }
        s.position(at);
        return s.readDecimal(scale, field);
    }
}
