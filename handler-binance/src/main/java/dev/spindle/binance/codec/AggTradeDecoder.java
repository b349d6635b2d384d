package dev.spindle.binance.codec;

/**
 * Decodes an {@code aggTrade} frame (raw or combined, spot or futures) into a reusable {@link AggTrade} through
 * {@link #decode}; unknown fields ({@code M}, {@code st}, ...) are skipped. Allocation-free. One instance per
 * thread.
 */
public final class AggTradeDecoder extends AbstractTradeDecoder<AggTrade>
{
    /** @param symbols instruments whose trades may be decoded. */
    public AggTradeDecoder(final SymbolTable symbols)
    {
        super("aggTrade", symbols, "afl");
    }
}
