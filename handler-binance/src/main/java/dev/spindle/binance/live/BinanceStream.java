package dev.spindle.binance.live;

import java.util.ArrayList;
import java.util.List;

/**
 * The market streams the live handler subscribes to for every symbol, by their Binance wire names
 * ({@code <symbol>@<wireName>}): {@code --streams depth@100ms,trade,bookTicker}.
 */
public enum BinanceStream
{
    /** Diff depth every 100 ms: {@code <symbol>@depth@100ms}. */
    DEPTH_100MS("depth@100ms", Slot.DEPTH),
    /** Diff depth every second: {@code <symbol>@depth}. */
    DEPTH("depth", Slot.DEPTH),
    /** Every trade: {@code <symbol>@trade}. */
    TRADE("trade", Slot.TRADE),
    /** Best bid and ask in real time: {@code <symbol>@bookTicker}. */
    BOOK_TICKER("bookTicker", Slot.BOOK_TICKER);

    /** Per-symbol slots: one depth stream (either speed), trades, tickers. */
    static final class Slot
    {
        static final int DEPTH = 0;
        static final int TRADE = 1;
        static final int BOOK_TICKER = 2;
        static final int COUNT = 3;

        private Slot()
        {
        }
    }

    private static final BinanceStream[] VALUES = values();

    private final String wireName;
    private final int slot;

    BinanceStream(final String wireName, final int slot)
    {
        this.wireName = wireName;
        this.slot = slot;
    }

    /** @return the name after {@code <symbol>@}, e.g. {@code depth@100ms}. */
    public String wireName()
    {
        return wireName;
    }

    /** @return true for the diff-depth streams. */
    public boolean isDepth()
    {
        return slot == Slot.DEPTH;
    }

    int slot()
    {
        return slot;
    }

    /**
     * @param wireName e.g. {@code bookTicker} (exact case, as Binance writes it).
     * @return the stream.
     * @throws IllegalArgumentException naming the value and the valid names.
     */
    public static BinanceStream byWireName(final String wireName)
    {
        for (final BinanceStream stream : VALUES)
        {
            if (stream.wireName.equals(wireName))
            {
                return stream;
            }
        }
        throw new IllegalArgumentException("unknown stream '" + wireName + "': valid streams are " + String.join(", ",
            wireNames()));
    }

    /** @return every wire name, in declaration order. */
    public static List<String> wireNames()
    {
        final List<String> names = new ArrayList<>(VALUES.length);
        for (final BinanceStream stream : VALUES)
        {
            names.add(stream.wireName);
        }
        return names;
    }
}
