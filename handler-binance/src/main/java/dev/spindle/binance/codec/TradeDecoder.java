package dev.spindle.binance.codec;

/**
 * Decodes a {@code trade} frame (raw or combined, spot or futures) into a reusable {@link Trade}. {@code b},
 * {@code a}, {@code M} and {@code X} are optional; unknown fields are skipped. Allocation-free. One instance per
 * thread.
 */
public final class TradeDecoder extends EnvelopeDecoder
{
    private static final byte[] TRADE = ascii("trade");
    private static final int EVENT = 1;
    private static final int ID = 2;
    private static final int PRICE = 4;
    private static final int QTY = 8;
    private static final int REQUIRED = EVENT | ID | PRICE | QTY;

    private Trade out;
    private int seen;
    private int priceAt;
    private int qtyAt;

    /** @param symbols instruments whose trades may be decoded. */
    public TradeDecoder(final SymbolTable symbols)
    {
        super("trade", symbols);
    }

    /**
     * @throws DecodeException if the frame is not a well-formed trade of a registered symbol.
     */
    public void decode(final byte[] buf, final int off, final int len, final Trade out)
    {
        this.out = out;
        decodeFrame(buf, off, len);
    }

    @Override
    void begin()
    {
        out.clear();
        seen = 0;
        priceAt = -1;
        qtyAt = -1;
    }

    @Override
    void member()
    {
        final JsonScanner s = scanner;
        if (s.keyLength() == 1)
        {
            switch (s.buffer()[s.keyOffset()])
            {
                case 'e':
                    s.readString();
                    if (!s.stringIs(TRADE))
                    {
                        throw s.error("not a trade event");
                    }
                    seen |= EVENT;
                    return;
                case 'E':
                    out.eventTimeMs = s.readLong();
                    return;
                case 'T':
                    out.tradeTimeMs = s.readLong();
                    return;
                case 's':
                    symbolMember();
                    return;
                case 't':
                    out.tradeId = s.readLong();
                    seen |= ID;
                    return;
                case 'p':
                    priceAt = s.position();
                    s.skipValue();
                    seen |= PRICE;
                    return;
                case 'q':
                    qtyAt = s.position();
                    s.skipValue();
                    seen |= QTY;
                    return;
                case 'b':
                    out.buyerOrderId = s.readLong();
                    return;
                case 'a':
                    out.sellerOrderId = s.readLong();
                    return;
                case 'm':
                    out.buyerIsMaker = s.readBoolean();
                    return;
                case 'X':
                    s.readString();
                    if (!Trade.orderTypeFits(s.stringLength()))
                    {
                        throw s.error("order type X too long");
                    }
                    out.orderType(s.buffer(), s.stringOffset(), s.stringLength());
                    return;
                default:
                    break;
            }
        }
        s.skipValue();
    }

    @Override
    void finish()
    {
        if ((seen & REQUIRED) != REQUIRED)
        {
            throw scanner.error("missing" + ((seen & EVENT) == 0 ? " e" : "") + ((seen & ID) == 0 ? " t" : "") +
                ((seen & PRICE) == 0 ? " p" : "") + ((seen & QTY) == 0 ? " q" : ""));
        }
        requireSymbol();
        out.symbolIndex = symbolIndex();
        // Price and quantity are parsed last: only then is the symbol, hence the scale, certain.
        scanner.position(priceAt);
        out.price = scanner.readDecimal(instrument().priceScale(), "price");
        scanner.position(qtyAt);
        out.qty = scanner.readDecimal(instrument().qtyScale(), "quantity");
    }
}
