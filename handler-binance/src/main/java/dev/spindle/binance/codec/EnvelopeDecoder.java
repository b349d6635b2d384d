package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Instrument;

/**
 * Shared walk of a Binance frame in either form: the raw payload ({@code {"e":..}}) or the combined-stream
 * wrapper ({@code {"stream":"ethusdt@depth@100ms","data":{..}}}). Subclasses see each payload member through
 * {@link #member()} and resolve the symbol through {@link #symbolMember()}; the stream name, when present,
 * resolves it first and the payload's {@code s} must then agree with it.
 */
abstract class EnvelopeDecoder
{
    private static final byte[] STREAM = ascii("stream");
    private static final byte[] DATA = ascii("data");

    final JsonScanner scanner;
    final SymbolTable symbols;
    private int symbolIndex;

    EnvelopeDecoder(final String what, final SymbolTable symbols)
    {
        this.scanner = new JsonScanner(what);
        this.symbols = symbols;
    }

    /** Reset per-frame state before the walk. */
    abstract void begin();

    /** Consume the value of the payload member whose key the scanner has just read. */
    abstract void member();

    /** Validate and complete the decoded message after the walk. */
    abstract void finish();

    final void decodeFrame(final byte[] buf, final int off, final int len)
    {
        scanner.wrap(buf, off, len);
        symbolIndex = SymbolTable.NOT_FOUND;
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
