package dev.spindle.binance.codec;

/**
 * The walk a {@code trade} and an {@code aggTrade} frame share: {@code e}, {@code E}, {@code T}, {@code s},
 * {@code p}, {@code q}, {@code m} and three integer ids (one required, two optional) whose keys differ by kind;
 * a subclass reads any further field through {@link #ownMember}. Price and quantity are parsed last: only then is
 * the symbol, hence the scale, certain.
 *
 * @param <T> reusable trade the frame is decoded into.
 */
abstract class AbstractTradeDecoder<T extends AbstractTrade> extends EnvelopeDecoder<T>
{
    static final int EVENT = 1;
    static final int ID = 2;
    static final int PRICE = 4;
    static final int QTY = 8;

    private final byte[] idKeys;
    private final String[] requiredKeys;
    private int priceAt;
    private int qtyAt;

    /**
     * @param idKeys keys of the ids in {@link AbstractTrade#ids} order: the required trade id ({@code t} or
     *               {@code a}) first, marked with {@link #ID} when read, then the two optional ones.
     */
    AbstractTradeDecoder(final String eventType, final SymbolTable symbols, final String idKeys)
    {
        super(eventType, symbols);
        this.idKeys = ascii(idKeys);
        requiredKeys = new String[]{ "e", idKeys.substring(0, 1), "p", "q" };
    }

    /**
     * @throws DecodeException if the frame is not a well-formed trade event of this kind for a registered symbol.
     */
    public final void decode(final byte[] buf, final int off, final int len, final T out)
    {
        decodeFrame(buf, off, len, out);
    }

    /**
     * Consume the value of a one-letter key only this trade kind has, beyond its ids.
     *
     * @return false if the key is not one of this decoder's, so the value is to be skipped.
     */
    boolean ownMember(final byte key)
    {
        return false;
    }

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
                    if (idMember(key) || ownMember(key))
                    {
                        return;
                    }
            }
        }
        s.skipValue();
    }

    private boolean idMember(final byte key)
    {
        final byte[] keys = idKeys;
        for (int i = 0; i < keys.length; i++)
        {
            if (key == keys[i])
            {
                out.ids[i] = scanner.readLong();
                if (i == 0)
                {
                    seen |= ID;
                }
                return true;
            }
        }
        return false;
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
