package dev.spindle.binance.codec;

/**
 * The walk a {@code trade} and an {@code aggTrade} frame share: {@code e}, {@code E}, {@code T}, {@code s},
 * {@code p}, {@code q} and {@code m}; the subclass reads its id and its other fields through {@link #ownMember}.
 * Price and quantity are parsed last: only then is the symbol, hence the scale, certain.
 *
 * @param <T> reusable trade the frame is decoded into.
 */
abstract class AbstractTradeDecoder<T extends AbstractTrade> extends EnvelopeDecoder<T>
{
    static final int EVENT = 1;
    static final int ID = 2;
    static final int PRICE = 4;
    static final int QTY = 8;

    private final String[] requiredKeys;
    private int priceAt;
    private int qtyAt;

    /** @param idKey key of the required trade id ({@code t} or {@code a}), marked with {@link #ID} when read. */
    AbstractTradeDecoder(final String eventType, final SymbolTable symbols, final String idKey)
    {
        super(eventType, symbols);
        requiredKeys = new String[]{ "e", idKey, "p", "q" };
    }

    /**
     * Consume the value of a one-letter key only this trade kind has, marking {@link #ID} when it is the id.
     *
     * @return false if the key is not one of this decoder's, so the value is to be skipped.
     */
    abstract boolean ownMember(byte key);

    @Override
    final void begin()
    {
        out.clear();
        priceAt = -1;
        qtyAt = -1;
    }

    @Override
    final void member()
    {
        final JsonScanner s = scanner;
        if (s.keyLength() == 1)
        {
            final byte key = s.buffer()[s.keyOffset()];
            switch (key)
            {
                case 'e':
                    eventMember(EVENT);
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
                case 'p':
                    priceAt = skipRemembering(PRICE);
                    return;
                case 'q':
                    qtyAt = skipRemembering(QTY);
                    return;
                case 'm':
                    out.buyerIsMaker = s.readBoolean();
                    return;
                default:
                    if (ownMember(key))
                    {
                        return;
                    }
            }
        }
        s.skipValue();
    }

    @Override
    final void finish()
    {
        requireAll(requiredKeys);
        requireSymbol();
        out.symbolIndex = symbolIndex();
        out.price = decimalAt(priceAt, instrument().priceScale(), "price");
        out.qty = decimalAt(qtyAt, instrument().qtyScale(), "quantity");
    }
}
