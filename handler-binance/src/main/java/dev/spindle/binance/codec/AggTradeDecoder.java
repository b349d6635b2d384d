package dev.spindle.binance.codec;

/**
 * Decodes an {@code aggTrade} frame (raw or combined, spot or futures) into a reusable {@link AggTrade}; unknown
 * fields ({@code M}, {@code st}, ...) are skipped. Allocation-free. One instance per thread.
 */
public final class AggTradeDecoder extends EnvelopeDecoder
{
    private static final byte[] AGG_TRADE = ascii("aggTrade");
    private static final int EVENT = 1;
    private static final int ID = 2;
    private static final int PRICE = 4;
    private static final int QTY = 8;
    private static final int REQUIRED = EVENT | ID | PRICE | QTY;

    private AggTrade out;
    private int seen;
    private int priceAt;
    private int qtyAt;

    /** @param symbols instruments whose trades may be decoded. */
    public AggTradeDecoder(final SymbolTable symbols)
    {
        super("aggTrade", symbols);
    }

    /**
     * @throws DecodeException if the frame is not a well-formed aggTrade of a registered symbol.
     */
    public void decode(final byte[] buf, final int off, final int len, final AggTrade out)
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
                    if (!s.stringIs(AGG_TRADE))
                    {
                        throw s.error("not an aggTrade event");
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
                case 'a':
                    out.aggregateId = s.readLong();
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
                case 'f':
                    out.firstTradeId = s.readLong();
                    return;
                case 'l':
                    out.lastTradeId = s.readLong();
                    return;
                case 'm':
                    out.buyerIsMaker = s.readBoolean();
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
            throw scanner.error("missing" + ((seen & EVENT) == 0 ? " e" : "") + ((seen & ID) == 0 ? " a" : "") +
                ((seen & PRICE) == 0 ? " p" : "") + ((seen & QTY) == 0 ? " q" : ""));
        }
        requireSymbol();
        out.symbolIndex = symbolIndex();
        scanner.position(priceAt);
        out.price = scanner.readDecimal(instrument().priceScale(), "price");
        scanner.position(qtyAt);
        out.qty = scanner.readDecimal(instrument().qtyScale(), "quantity");
    }
}
