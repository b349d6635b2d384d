package dev.spindle.binance.codec;

/**
 * Decodes a {@code trade} frame (raw or combined, spot or futures) into a reusable {@link Trade} through
 * {@link #decode}. {@code b}, {@code a}, {@code M} and {@code X} are optional; unknown fields are skipped.
 * Allocation-free. One instance per thread.
 */
public final class TradeDecoder extends AbstractTradeDecoder<Trade>
{
    /** @param symbols instruments whose trades may be decoded. */
    public TradeDecoder(final SymbolTable symbols)
    {
        super("trade", symbols, "tba");
    }

    @Override
    boolean ownMember(final byte key)
    {
        if (key != 'X')
        {
            return false;
        }
        final JsonScanner s = scanner;
        s.readString();
        if (!Trade.orderTypeFits(s.stringLength()))
        {
            throw s.error("order type X too long");
        }
        out.orderType(s.buffer(), s.stringOffset(), s.stringLength());
        return true;
    }
}
