package dev.spindle.binance.codec;

/**
 * Decodes a {@code bookTicker} frame (raw or combined; spot without {@code e}/{@code E}, futures with them) into a
 * reusable {@link BookTicker}. Allocation-free. One instance per thread.
 */
public final class BookTickerDecoder extends EnvelopeDecoder
{
    private static final byte[] BOOK_TICKER = ascii("bookTicker");
    private static final int ID = 1;
    private static final int BID = 2;
    private static final int BID_QTY = 4;
    private static final int ASK = 8;
    private static final int ASK_QTY = 16;
    private static final int REQUIRED = ID | BID | BID_QTY | ASK | ASK_QTY;

    private BookTicker out;
    private int seen;
    private long updateId;
    private long eventTimeMs;
    private long transactionTimeMs;
    private int bidAt;
    private int bidQtyAt;
    private int askAt;
    private int askQtyAt;

    /** @param symbols instruments whose tickers may be decoded. */
    public BookTickerDecoder(final SymbolTable symbols)
    {
        super("bookTicker", symbols);
    }

    /**
     * @throws DecodeException if the frame is not a well-formed bookTicker of a registered symbol.
     */
    public void decode(final byte[] buf, final int off, final int len, final BookTicker out)
    {
        this.out = out;
        decodeFrame(buf, off, len);
    }

    @Override
    void begin()
    {
        seen = 0;
        eventTimeMs = 0;
        transactionTimeMs = 0;
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
                    if (!s.stringIs(BOOK_TICKER))
                    {
                        throw s.error("not a bookTicker event");
                    }
                    return;
                case 'E':
                    eventTimeMs = s.readLong();
                    return;
                case 'T':
                    transactionTimeMs = s.readLong();
                    return;
                case 's':
                    symbolMember();
                    return;
                case 'u':
                    updateId = s.readLong();
                    seen |= ID;
                    return;
                case 'b':
                    bidAt = skipRemembering(BID);
                    return;
                case 'B':
                    bidQtyAt = skipRemembering(BID_QTY);
                    return;
                case 'a':
                    askAt = skipRemembering(ASK);
                    return;
                case 'A':
                    askQtyAt = skipRemembering(ASK_QTY);
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
            throw scanner.error("missing" + ((seen & ID) == 0 ? " u" : "") + ((seen & BID) == 0 ? " b" : "") +
                ((seen & BID_QTY) == 0 ? " B" : "") + ((seen & ASK) == 0 ? " a" : "") +
                ((seen & ASK_QTY) == 0 ? " A" : ""));
        }
        requireSymbol();
        final int priceScale = instrument().priceScale();
        final int qtyScale = instrument().qtyScale();
        final JsonScanner s = scanner;
        s.position(bidAt);
        final long bid = s.readDecimal(priceScale, "bid price");
        s.position(bidQtyAt);
        final long bidQty = s.readDecimal(qtyScale, "bid quantity");
        s.position(askAt);
        final long ask = s.readDecimal(priceScale, "ask price");
        s.position(askQtyAt);
        final long askQty = s.readDecimal(qtyScale, "ask quantity");
        out.set(symbolIndex(), updateId, bid, bidQty, ask, askQty).times(eventTimeMs, transactionTimeMs);
    }

    private int skipRemembering(final int bit)
    {
        final int at = scanner.position();
        scanner.skipValue();
        seen |= bit;
        return at;
    }
}
