package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Instrument;

/**
 * Shared walk of a Binance frame in either form: the raw payload ({@code {"e":..}}) or the combined-stream
 * wrapper ({@code {"stream":"ethusdt@depth@100ms","data":{..}}}). Subclasses see each payload member through
 * {@link #member()} and resolve the symbol through {@link #symbolMember()}; the stream name, when present,
 * resolves it first and the payload's {@code s} must then agree with it. The helpers below carry what every
 * message shares: the event type check, the bit set of required keys seen, and decimals whose scale is only known
 * once the symbol is.
 *
 * @param <T> reusable message the frame is decoded into.
 */
abstract class EnvelopeDecoder<T>
{
    private static final byte[] STREAM = ascii("stream");
    private static final byte[] DATA = ascii("data");

    final JsonScanner scanner;
    final SymbolTable symbols;
    private final String eventType;
    private final byte[] eventTypeBytes;
    private int symbolIndex;
    /** Message being decoded, set for the duration of {@link #decodeFrame}. */
    T out;
    /** Required keys read so far in this frame, bit {@code i} for the i-th name given to {@link #requireAll}. */
    int seen;

    /**
     * @param eventType value of {@code e} this decoder accepts; also names the message in errors.
     * @param symbols   instruments whose frames may be decoded.
     */
    EnvelopeDecoder(final String eventType, final SymbolTable symbols)
    {
        this.scanner = new JsonScanner(eventType);
        this.symbols = symbols;
        this.eventType = eventType;
        this.eventTypeBytes = ascii(eventType);
    }

    /** Reset per-frame state before the walk. */
    abstract void begin();

    /** Consume the value of the payload member whose key the scanner has just read. */
    abstract void member();

    /** Validate and complete the decoded message after the walk. */
    abstract void finish();

    final void decodeFrame(final byte[] buf, final int off, final int len, final T out)
    {
        this.out = out;
        scanner.wrap(buf, off, len);
        symbolIndex = SymbolTable.NOT_FOUND;
        seen = 0;
        begin();
        scanner.beginObject();
        boolean first = true;
        while (scanner.nextKey(first))
        {
            first = false;
            if (scanner.keyIs(STREAM))
            {
                streamName();
            }
            else if (scanner.keyIs(DATA))
            {
                payload();
            }
            else
            {
                member();
            }
        }
        scanner.endOfInput();
        finish();
    }

    /** @return the frame's symbol index, {@link SymbolTable#NOT_FOUND} until the stream name or {@code s} is read. */
    final int symbolIndex()
    {
        return symbolIndex;
    }

    /** @return the frame's instrument; only once {@link #symbolIndex()} is known. */
    final Instrument instrument()
    {
        return symbols.instrument(symbolIndex);
    }

    /** Read the {@code s} member: resolve the symbol, or check it against the stream name. */
    final void symbolMember()
    {
        scanner.readString();
        final byte[] buf = scanner.buffer();
        final int off = scanner.stringOffset();
        final int len = scanner.stringLength();
        if (symbolIndex != SymbolTable.NOT_FOUND)
        {
            if (!symbols.matches(symbolIndex, buf, off, len))
            {
                throw scanner.error("s '" + scanner.excerpt(off, len) + "' does not match the stream's symbol " +
                    instrument().symbol());
            }
            return;
        }
        symbolIndex = symbols.indexOf(buf, off, len);
        if (symbolIndex == SymbolTable.NOT_FOUND)
        {
            throw scanner.error("unregistered symbol '" + scanner.excerpt(off, len) + "'");
        }
    }

    /** Read the {@code e} member and fail unless it is this decoder's event type; mark {@code bit} seen. */
    final void eventMember(final int bit)
    {
        scanner.readString();
        if (!scanner.stringIs(eventTypeBytes))
        {
            throw scanner.error("e is not '" + eventType + "'");
        }
        seen |= bit;
    }

    /** Skip the current value, mark {@code bit} seen, and return where the value starts for a later read. */
    final int skipRemembering(final int bit)
    {
        final int at = scanner.position();
        scanner.skipValue();
        seen |= bit;
        return at;
    }

    /** @return the quoted decimal at {@code at} (from {@link #skipRemembering}) as a mantissa at {@code scale}. */
    final long decimalAt(final int at, final int scale, final String field)
    {
        scanner.position(at);
        return scanner.readDecimal(scale, field);
    }

    /** Fail, naming the missing ones, unless every key in {@code keys} was seen (bit {@code i} for key {@code i}). */
    final void requireAll(final String[] keys)
    {
        final int required = (1 << keys.length) - 1;
        if ((seen & required) != required)
        {
            final StringBuilder missing = new StringBuilder("missing");
            for (int i = 0; i < keys.length; i++)
            {
                if ((seen & (1 << i)) == 0)
                {
                    missing.append(' ').append(keys[i]);
                }
            }
            throw scanner.error(missing.toString());
        }
    }

    /** Fail unless the symbol is known. */
    final void requireSymbol()
    {
        if (symbolIndex == SymbolTable.NOT_FOUND)
        {
            throw scanner.error("no symbol: neither an 's' field nor a stream name");
        }
    }

    private void payload()
    {
        scanner.beginObject();
        boolean first = true;
        while (scanner.nextKey(first))
        {
            first = false;
            member();
        }
    }

    private void streamName()
    {
        scanner.readString();
        final byte[] buf = scanner.buffer();
        final int off = scanner.stringOffset();
        final int len = scanner.stringLength();
        int at = 0;
        while (at < len && buf[off + at] != '@')
        {
            at++;
        }
        if (at == len)
        {
            return; // "!serverShutdown" and other streams that are not per symbol
        }
        symbolIndex = symbols.indexOf(buf, off, at);
        if (symbolIndex == SymbolTable.NOT_FOUND)
        {
            throw scanner.error("unregistered symbol in stream '" + scanner.excerpt(off, len) + "'");
        }
    }

    static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
