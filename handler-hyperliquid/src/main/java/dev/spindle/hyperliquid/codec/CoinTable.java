package dev.spindle.hyperliquid.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.spindle.engine.book.Instrument;

/**
 * The coins a decoder knows, each with a dense index (0, 1, 2, ... in registration order) that handlers use to
 * route decoded messages to books without creating Strings.
 * <p>
 * Coin names are matched byte for byte, case included: Hyperliquid names are case-sensitive ({@code kPEPE}) and
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
public final class CoinTable
{
    /** Returned by lookups for a coin that was never registered. */
    public static final int NOT_FOUND = -1;
    /** Price scale of coins registered by name. */
    public static final int PRICE_SCALE = 8;
    /** Size scale of coins registered by name. */
    public static final int SIZE_SCALE = 8;
    /** Fraction digits Hyperliquid writes at least: one, for the {@code .0} of whole numbers. */
    public static final int DISPLAY_DECIMALS = 1;

    private Instrument[] instruments = new Instrument[8];
    private byte[][] names = new byte[8][];
    private int[] slots = new int[16];
    private int size;

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

    /**
     * Register an instrument under its symbol, which must be the coin exactly as Hyperliquid writes it.
     *
     * @return its index.
     * @throws IllegalArgumentException if the coin is already registered.
     */
    public int add(final Instrument instrument)
    {
        final byte[] name = instrument.symbol().getBytes(StandardCharsets.UTF_8);
        if (indexOf(name, 0, name.length) != NOT_FOUND)
        {
            throw new IllegalArgumentException("coin already registered: " + instrument.symbol());
        }
        if (size == instruments.length)
        {
            instruments = Arrays.copyOf(instruments, size * 2);
            names = Arrays.copyOf(names, size * 2);
        }
        instruments[size] = instrument;
        names[size] = name;
        size++;
        if (size * 2 > slots.length)
        {
            slots = new int[slots.length * 2];
            for (int i = 0; i < size; i++)
            {
                insertSlot(i);
            }
        }
        else
        {
            insertSlot(size - 1);
        }
        return size - 1;
    }

    /** @return the index of the coin written in {@code buf[off, off+len)}, or {@link #NOT_FOUND}. */
    public int indexOf(final byte[] buf, final int off, final int len)
    {
        final int mask = slots.length - 1;
        int slot = hash(buf, off, len) & mask;
        while (true)
        {
            final int entry = slots[slot];
            if (entry == 0)
            {
                return NOT_FOUND;
            }
            if (matches(entry - 1, buf, off, len))
            {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the index of {@code coin}, or {@link #NOT_FOUND}; allocates. */
    public int indexOf(final String coin)
    {
        final byte[] bytes = coin.getBytes(StandardCharsets.UTF_8);
        return indexOf(bytes, 0, bytes.length);
    }

    /** @return the instrument registered at {@code index}. */
    public Instrument instrument(final int index)
    {
        if (index < 0 || index >= size)
        {
            throw new IndexOutOfBoundsException("coin index " + index + " outside 0.." + (size - 1));
        }
        return instruments[index];
    }

    /** @return the coin registered at {@code index}, as written on the wire. */
    public String coin(final int index)
    {
        return instrument(index).symbol();
    }

    /** @return number of registered coins. */
    public int size()
    {
        return size;
    }

    private boolean matches(final int index, final byte[] buf, final int off, final int len)
    {
        final byte[] name = names[index];
        if (name.length != len)
        {
            return false;
        }
        for (int i = 0; i < len; i++)
        {
            if (name[i] != buf[off + i])
            {
                return false;
            }
        }
        return true;
    }

    private void insertSlot(final int index)
    {
        final byte[] name = names[index];
        final int mask = slots.length - 1;
        int slot = hash(name, 0, name.length) & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
    }

    private static int hash(final byte[] buf, final int off, final int len)
    {
        int h = 0;
        for (int i = 0; i < len; i++)
        {
            h = 31 * h + buf[off + i];
        }
        return h ^ (h >>> 16);
    }
}
