package dev.spindle.binance.live;

import dev.spindle.binance.codec.AsciiBytes;
import dev.spindle.binance.codec.SymbolTable;

/**
 * Reads just enough of a combined-stream frame ({@code {"stream":"ethusdt@depth@100ms","data":{...}}}) to route it:
 * the symbol, the stream and the ids that order it ({@code U}/{@code u} of a depth event, {@code t} of a trade,
 * {@code u} of a book ticker), or that it is a {@code serverShutdown} notice. It scans bytes without allocating;
 * full decoding is left to the engine.
 * <p>
 * One instance per reader thread; the results stay in the fields until the next {@link #route} call.
 */
final class FrameRouter
{
    /** {@link #symbolIndex} of a frame that is not a subscribed stream of a known symbol. */
    static final int UNROUTED = -1;

    private static final byte[] PREFIX = ascii("{\"stream\":\"");
    private static final byte[] SERVER_SHUTDOWN = ascii("!serverShutdown");
    private static final byte[][] WIRE_NAMES;

    static
    {
        final BinanceStream[] streams = BinanceStream.values();
        WIRE_NAMES = new byte[streams.length][];
        for (int i = 0; i < streams.length; i++)
        {
            WIRE_NAMES[i] = ascii(streams[i].wireName());
        }
    }

    private final SymbolTable symbols;

    int symbolIndex;
    BinanceStream stream;
    long firstId;
    long lastId;
    boolean serverShutdown;

    /** @param symbols the handler's symbols; only read here, so it may be shared with other threads. */
    FrameRouter(final SymbolTable symbols)
    {
        this.symbols = symbols;
    }

    /**
     * @return true if the frame belongs to a known symbol's stream and carries its ids; else the frame is
     * unrouted ({@link #serverShutdown} tells the notice apart), though {@link #symbolIndex} and {@link #stream} are
     * set when only the ids are unreadable.
     */
    boolean route(final byte[] buf, final int offset, final int length)
    {
        symbolIndex = UNROUTED;
        stream = null;
        firstId = -1;
        lastId = -1;
        serverShutdown = false;
        final int end = offset + length;
        if (!AsciiBytes.startsWith(buf, offset, end, PREFIX))
        {
            return false;
        }
        final int nameStart = offset + PREFIX.length;
        int nameEnd = nameStart;
        int at = -1;
        while (nameEnd < end && buf[nameEnd] != '"')
        {
            if (buf[nameEnd] == '@' && at < 0)
            {
                at = nameEnd;
            }
            nameEnd++;
        }
        if (nameEnd == end)
        {
            return false;
        }
        if (AsciiBytes.equalsAt(buf, nameStart, nameEnd, SERVER_SHUTDOWN))
        {
            serverShutdown = true;
            return false;
        }
        if (at < 0)
        {
            return false;
        }
        final BinanceStream kind = streamOf(buf, at + 1, nameEnd);
        final int index = null == kind ? SymbolTable.NOT_FOUND : symbols.indexOf(buf, nameStart, at - nameStart);
        if (index == SymbolTable.NOT_FOUND)
        {
            return false;
        }
        final long first;
        final long last;
        switch (kind.slot())
        {
            case BinanceStream.Slot.DEPTH:
                first = longField(buf, nameEnd, end, (byte)'U');
                last = longField(buf, nameEnd, end, (byte)'u');
                break;
            case BinanceStream.Slot.TRADE:
                first = longField(buf, nameEnd, end, (byte)'t');
                last = first;
                break;
            default:
                first = longField(buf, nameEnd, end, (byte)'u');
                last = first;
                break;
        }
        // A frame of a known stream whose ids cannot be read (truncated, malformed) still belongs to that symbol's
        // capture: the symbol and stream are set, and false says it cannot be ordered.
        symbolIndex = index;
        stream = kind;
        if (first < 0 || last < first)
        {
            return false;
        }
        firstId = first;
        lastId = last;
        return true;
    }

    private static BinanceStream streamOf(final byte[] buf, final int from, final int to)
    {
        final BinanceStream[] streams = BinanceStream.values();
        for (int i = 0; i < WIRE_NAMES.length; i++)
        {
            if (AsciiBytes.equalsAt(buf, from, to, WIRE_NAMES[i]))
            {
                return streams[i];
            }
        }
        return null;
    }

    /** @return the non-negative integer (at most 18 digits) after the first {@code "key":} from {@code from}, or -1. */
    static long longField(final byte[] buf, final int from, final int end, final byte key)
    {
        for (int i = from; i + 4 < end; i++)
        {
            if (buf[i] == '"' && buf[i + 1] == key && buf[i + 2] == '"' && buf[i + 3] == ':')
            {
                int p = i + 4;
                long value = 0;
                int digits = 0;
                while (p < end && buf[p] >= '0' && buf[p] <= '9' && digits < 18)
                {
                    value = value * 10 + (buf[p] - '0');
                    p++;
                    digits++;
                }
                // More than 18 digits may not fit a long: unreadable, rather than a cut-off id that would poison the gate.
                return digits == 0 || (p < end && buf[p] >= '0' && buf[p] <= '9') ? -1 : value;
            }
        }
        return -1;
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
