package dev.spindle.binance.codec;

/**
 * Fields a {@code trade} and an {@code aggTrade} event share, in reusable storage; accessors carry the wire names.
 * Not thread safe.
 */
abstract class AbstractTrade
{
    /** Integer ids in the order of the decoder's id keys: the required trade id, then the two optional ones. */
    final long[] ids = new long[3];
    private final long absentId;
    int symbolIndex = SymbolTable.NOT_FOUND;
    long eventTimeMs;
    long tradeTimeMs;
    long price;
    long qty;
    boolean buyerIsMaker;

    /** @param absentId value of an optional id the frame did not carry. */
    AbstractTrade(final long absentId)
    {
        this.absentId = absentId;
        ids[1] = absentId;
        ids[2] = absentId;
    }

    void clear()
    {
        ids[0] = 0;
        ids[1] = absentId;
        ids[2] = absentId;
        symbolIndex = SymbolTable.NOT_FOUND;
        eventTimeMs = 0;
        tradeTimeMs = 0;
        price = 0;
        qty = 0;
        buyerIsMaker = false;
    }

    /** @return index of the symbol in the {@link SymbolTable}. */
    public int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return {@code E}: event time, ms. */
    public long E()
    {
        return eventTimeMs;
    }

    /** @return {@code T}: trade time, ms. */
    public long T()
    {
        return tradeTimeMs;
    }

    /** @return {@code p}: price mantissa at the instrument's price scale. */
    public long p()
    {
        return price;
    }

    /** @return {@code q}: quantity mantissa at the instrument's quantity scale. */
    public long q()
    {
        return qty;
    }

    /** @return {@code m}: true if the buyer was the maker, i.e. the aggressor sold. */
    public boolean m()
    {
        return buyerIsMaker;
    }
}
