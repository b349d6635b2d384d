package dev.spindle.binance.codec;

/**
 * Decodes a {@code bookTicker} frame (raw or combined; spot without {@code e}/{@code E}, futures with them) into a
 * reusable {@link BookTicker}. Allocation-free. One instance per thread.
 */
public final class BookTickerDecoder extends EnvelopeDecoder<BookTicker>
{
    private static final int ID = 1;
    private static final int BID = 2;
    private static final int BID_QTY = 4;
    private static final int ASK = 8;
    private static final int ASK_QTY = 16;
    private static final String[] REQUIRED_KEYS = { "u", "b", "B", "a", "A" };

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
        decodeFrame(buf, off, len, out);
    }

    @Override
    void begin()
    {
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
                    eventMember(0); // spot omits e: checked when present, not required
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
        requireAll(REQUIRED_KEYS);
        requireSymbol();
        final int priceScale = instrument().priceScale();
        final int qtyScale = instrument().qtyScale();
        final long bid = decimalAt(bidAt, priceScale, "bid price");
        final long bidQty = decimalAt(bidQtyAt, qtyScale, "bid quantity");
        final long ask = decimalAt(askAt, priceScale, "ask price");
        final long askQty = decimalAt(askQtyAt, qtyScale, "ask quantity");
        out.set(symbolIndex(), updateId, bid, bidQty, ask, askQty).times(eventTimeMs, transactionTimeMs);
    }
}
