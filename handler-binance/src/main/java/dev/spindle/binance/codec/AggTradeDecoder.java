package dev.spindle.binance.codec;

/**
 * Decodes an {@code aggTrade} frame (raw or combined, spot or futures) into a reusable {@link AggTrade}; unknown
 * fields ({@code M}, {@code st}, ...) are skipped. Allocation-free. One instance per thread.
 */
public final class AggTradeDecoder extends AbstractTradeDecoder<AggTrade>
{
    /** @param symbols instruments whose trades may be decoded. */
    public AggTradeDecoder(final SymbolTable symbols)
    {
        super("aggTrade", symbols, "a");
    }

    /**
     * @throws DecodeException if the frame is not a well-formed aggTrade of a registered symbol.
     */
    public void decode(final byte[] buf, final int off, final int len, final AggTrade out)
    {
        decodeFrame(buf, off, len, out);
    }

    @Override
    boolean ownMember(final byte key)
    {
        final JsonScanner s = scanner;
        switch (key)
        {
            case 'a':
                out.aggregateId = s.readLong();
                seen |= ID;
                return true;
            case 'f':
                out.firstTradeId = s.readLong();
                return true;
            case 'l':
                out.lastTradeId = s.readLong();
                return true;
            default:
                return false;
        }
    }
}
