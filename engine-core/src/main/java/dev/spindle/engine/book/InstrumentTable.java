package dev.spindle.engine.book;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The instruments a decoder knows, each with a dense index (0, 1, 2, ... in registration order) that handlers
 * use to route decoded messages to books without creating Strings.
 * <p>
 * Lookup is by raw bytes into an open-addressing table and allocates nothing. A venue's codec subclasses it once,
 * choosing whether names match ignoring ASCII case (Binance writes {@code ethusdt} in stream names and
 * {@code ETHUSDT} in payloads) or exactly (Hyperliquid names are case-sensitive: {@code kPEPE}).
 * <p>
 * Register every instrument before decoding starts (registration allocates); lookups may then run on the engine
 * thread. Not thread safe.
 */
public class InstrumentTable
{
    /** Returned by lookups for a name that was never registered. */
    public static final int NOT_FOUND = -1;

    private final boolean ignoreCase;
    private final String noun;
    private Instrument[] instruments = new Instrument[8];
    private byte[][] names = new byte[8][];
    private int[] slots = new int[16];
    private int size;

    /**
     * @param ignoreCase true to match names ignoring ASCII case.
     * @param noun       what the venue calls a name ("symbol", "coin"), for error messages.
     */
    protected InstrumentTable(final boolean ignoreCase, final String noun)
    {
        this.ignoreCase = ignoreCase;
        this.noun = noun;
    }

    /**
     * Register an instrument under its name.
     *
     * @return its index.
     * @throws IllegalArgumentException if the name is already registered.
     */
    public int add(final Instrument instrument)
    {
        final String symbol = ignoreCase ? instrument.symbol().toUpperCase(Locale.ROOT) : instrument.symbol();
        final byte[] name = symbol.getBytes(StandardCharsets.UTF_8);
        if (indexOf(name, 0, name.length) != NOT_FOUND)
        {
            throw new IllegalArgumentException(noun + " already registered: " + instrument.symbol());
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

    /** @return the index of the name in {@code buf[off, off+len)}, or {@link #NOT_FOUND}. */
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

    /** @return the index of {@code name}, or {@link #NOT_FOUND}; allocates. */
    public int indexOf(final String name)
    {
        final byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return indexOf(bytes, 0, bytes.length);
    }

    /** @return true if the name registered at {@code index} equals {@code buf[off, off+len)}. */
    public boolean matches(final int index, final byte[] buf, final int off, final int len)
    {
        final byte[] name = names[index];
        if (name.length != len)
        {
            return false;
        }
        for (int i = 0; i < len; i++)
        {
            if (name[i] != fold(buf[off + i]))
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
            throw new IndexOutOfBoundsException(noun + " index " + index + " outside 0.." + (size - 1));
        }
        return instruments[index];
    }

    /** @return number of registered instruments. */
    public int size()
    {
        return size;
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

    private int hash(final byte[] buf, final int off, final int len)
    {
        int h = 0;
        for (int i = 0; i < len; i++)
        {
            h = 31 * h + fold(buf[off + i]);
        }
        return h ^ (h >>> 16);
    }

    private byte fold(final byte b)
    {
        return ignoreCase && b >= 'a' && b <= 'z' ? (byte)(b - 32) : b;
    }
}
