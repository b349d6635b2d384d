package dev.spindle.binance.codec;

import dev.spindle.engine.book.InstrumentTable;

/**
 * Binance's instruments by symbol ({@link InstrumentTable}), matched ignoring ASCII case because Binance writes
 * the same symbol lowercase in stream names ({@code ethusdt@depth@100ms}) and uppercase in payloads
 * ({@code "s":"ETHUSDT"}).
 */
public final class SymbolTable extends InstrumentTable
{
    /** An empty table. */
    public SymbolTable()
    {
        super(true, "symbol");
    }
}
