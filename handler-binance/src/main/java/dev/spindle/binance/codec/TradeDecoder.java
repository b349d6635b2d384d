package dev.spindle.binance.codec;

/**
 * Decodes a {@code trade} frame (raw or combined, spot or futures) into a reusable {@link Trade}. {@code b},
 * {@code a}, {@code M} and {@code X} are optional; unknown fields are skipped. Allocation-free. One instance per
 * thread.
 */
public final class TradeDecoder extends AbstractTradeDecoder<Trade>
{
    /** @param symbols instruments whose trades may be decoded. */
    public TradeDecoder(final SymbolTable symbols)
    {
        super("trade", symbols, "t");
    }

    /**
     * @throws DecodeException if the frame is not a well-formed trade of a registered symbol.
     */
    public void decode(final byte[] buf, final int off, final int len, final Trade out)
    {
        decodeFrame(buf, off, len, out);
    }

    @Override
    boolean ownMember(final byte key)
    {
        final JsonScanner s = scanner;
        switch (key)
        {
            case 't':
                out.tradeId = s.readLong();
                seen |= ID;
                return true;
            case 'b':
                out.buyerOrderId = s.readLong();
                return true;
            case 'a':
                out.sellerOrderId = s.readLong();
                return true;
            case 'X':
                s.readString();
                if (!Trade.orderTypeFits(s.stringLength()))
                {
                    throw s.error("order type X too long");
                }
                out.orderType(s.buffer(), s.stringOffset(), s.stringLength());
                return true;
            default:
                return false;
        }
    }
}
