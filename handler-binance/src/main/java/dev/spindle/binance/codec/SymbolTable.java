package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.spindle.engine.book.Instrument;

/**
 * The instruments a decoder knows, each with a dense index (0, 1, 2, ... in registration order) that handlers
 * use to route decoded messages to books without touching Strings.
 * <p>
 * Lookup is by raw ASCII bytes, ignoring case, because Binance writes the same symbol lowercase in stream names
 * ({@code ethusdt@depth@100ms}) and uppercase in payloads ({@code "s":"ETHUSDT"}). It hashes the bytes into an
 * open-addressing table and allocates nothing.
 * <p>
 * Register every instrument before decoding starts (registration allocates); lookups may then run on the engine
 * thread. Not thread safe.
 */
public final class SymbolTable
{
    /** Returned by lookups for a symbol that was never registered. */
    public static final int NOT_FOUND = -1;

    private Instrument[] instruments = new Instrument[8];
    private byte[][] upperSymbols = new byte[8][];
    private int[] slots = new int[16];
    private int size;

    /**
     * Register an instrument under its symbol.
     *
     * @return its index.
     * @throws IllegalArgumentException if the symbol (ignoring case) is already registered.
     */
    public int add(final Instrument instrument)
    {
        final byte[] upper = instrument.symbol().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (indexOf(upper, 0, upper.length) != NOT_FOUND)
        {
            throw new IllegalArgumentException("symbol already registered: " + instrument.symbol());
        }
        if (size == instruments.length)
        {
            instruments = Arrays.copyOf(instruments, size * 2);
            upperSymbols = Arrays.copyOf(upperSymbols, size * 2);
        }
        instruments[size] = instrument;
        upperSymbols[size] = upper;
        size++;
        if (size * 2 > slots.length)
        {
            rehash(slots.length * 2);
        }
        else
        {
            insertSlot(size - 1);
        }
        return size - 1;
    }

    /** @return the index of the symbol in {@code buf[off, off+len)}, ignoring ASCII case, or {@link #NOT_FOUND}. */
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

    /** @return the index of {@code symbol}, ignoring case, or {@link #NOT_FOUND}; allocates. */
    public int indexOf(final String symbol)
    {
        final byte[] bytes = symbol.getBytes(StandardCharsets.US_ASCII);
        return indexOf(bytes, 0, bytes.length);
    }

    /** @return true if the symbol at {@code index} equals {@code buf[off, off+len)} ignoring ASCII case. */
    public boolean matches(final int index, final byte[] buf, final int off, final int len)
    {
        final byte[] upper = upperSymbols[index];
        if (upper.length != len)
        {
            return false;
        }
        for (int i = 0; i < len; i++)
        {
            if (upper[i] != toUpper(buf[off + i]))
            {
                return false;
            }
        }
        return true;
    }

    /** @return the instrument registered at {@code index}. */
    public Instrument instrument(final int index)
    {
        if (index < 0 || index >= size)
        {
            throw new IndexOutOfBoundsException("symbol index " + index + " outside 0.." + (size - 1));
        }
        return instruments[index];
    }

    /** @return number of registered instruments. */
    public int size()
    {
        return size;
    }

    private void rehash(final int capacity)
    {
        slots = new int[capacity];
        for (int i = 0; i < size; i++)
        {
            insertSlot(i);
        }
    }

    private void insertSlot(final int index)
    {
        final byte[] upper = upperSymbols[index];
        final int mask = slots.length - 1;
        int slot = hash(upper, 0, upper.length) & mask;
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
            h = 31 * h + toUpper(buf[off + i]);
        }
        return h ^ (h >>> 16);
    }

    private static byte toUpper(final byte b)
    {
        return b >= 'a' && b <= 'z' ? (byte)(b - 32) : b;
    }
}
