package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Instrument;

/** Test helpers: a symbol table and frames as bytes. */
final class Frames
{
    private Frames()
    {
    }

    /** ETHUSDT (index 0) and BTCUSDT (index 1) at 8/8, BCHUSD_PERP (index 2) at 2/0. */
    static SymbolTable symbols()
    {
        final SymbolTable symbols = new SymbolTable();
        symbols.add(new Instrument("ETHUSDT", 8, 8));
        symbols.add(new Instrument("BTCUSDT", 8, 8));
        symbols.add(new Instrument("BCHUSD_PERP", 2, 0));
        return symbols;
    }

    static byte[] bytes(final String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
