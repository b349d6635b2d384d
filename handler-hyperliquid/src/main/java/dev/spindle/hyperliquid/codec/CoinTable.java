package dev.spindle.hyperliquid.codec;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.InstrumentTable;

/**
 * Hyperliquid's instruments by coin ({@link InstrumentTable}). Coin names are matched byte for byte, case included: Hyperliquid names are case-sensitive ({@code kPEPE}) and
 * include spot pairs ({@code PURR/USDC}, {@code @107}) and builder-deployed perps ({@code dex:COIN}).
 * <p>
 * <b>Scales.</b> {@link #add(String)} registers a coin with the kit's fixed Hyperliquid scales: 8 decimals for
 * prices ({@link #PRICE_SCALE}) and 8 for sizes ({@link #SIZE_SCALE}). Hyperliquid prices carry at most 6
 * decimals on perps and 8 on spot, sizes at most the asset's {@code szDecimals} (5 for BTC), so 8/8 holds every
 * listed asset exactly; a string with more non-zero decimals is a {@link DecodeException}, never a rounding. A
 * price above about 92 billion would overflow at scale 8 and is also an error. Display decimals are set to 1,
 * which renders values back exactly as Hyperliquid writes them: no trailing zeros, except a {@code .0} on whole
 * numbers ({@code "105055.0"}, {@code "0.97139"}, {@code "10.0"}). {@link #add(Instrument)} registers other
 * scales.
 * <p>
 * Register every coin before decoding starts (registration allocates); lookups then allocate nothing. Not
 * thread safe.
 */
public final class CoinTable extends InstrumentTable
{
    /** Price scale of coins registered by name. */
    public static final int PRICE_SCALE = 8;
    /** Size scale of coins registered by name. */
    public static final int SIZE_SCALE = 8;
    /** Fraction digits Hyperliquid writes at least: one, for the {@code .0} of whole numbers. */
    public static final int DISPLAY_DECIMALS = 1;

    /** An empty table. */
    public CoinTable()
    {
        super(false, "coin");
    }

    /**
     * @param coin coin as Hyperliquid writes it, e.g. {@code BTC}.
     * @return a new instrument with the kit's Hyperliquid scales and display decimals.
     */
    public static Instrument instrument(final String coin)
    {
        final Instrument instrument = new Instrument(coin, PRICE_SCALE, SIZE_SCALE);
        instrument.learnDecimals(DISPLAY_DECIMALS, DISPLAY_DECIMALS);
        return instrument;
    }

    /**
     * The directory a coin's capture sessions live in, {@code <capture-dir>/hyperliquid/<name>/<session>/}: the coin
     * as written on the wire, with {@code /} (spot pairs, {@code PURR/USDC}) replaced by {@code -} and {@code :}
     * (builder-deployed perps, {@code dex:COIN}) by {@code _}, so that every coin is one valid directory name.
     *
     * @param coin coin as Hyperliquid writes it.
     * @return its capture directory name, e.g. {@code BTC}, {@code PURR-USDC}, {@code @107}.
     */
    public static String captureName(final String coin)
    {
        return coin.replace('/', '-').replace(':', '_');
    }

    /**
     * Register a coin with the kit's Hyperliquid scales ({@link #instrument(String)}).
     *
     * @return its index.
     * @throws IllegalArgumentException if the coin is already registered.
     */
    public int add(final String coin)
    {
        return add(instrument(coin));
    }

    /** @return the coin registered at {@code index}, as written on the wire. */
    public String coin(final int index)
    {
        return instrument(index).symbol();
    }
}
