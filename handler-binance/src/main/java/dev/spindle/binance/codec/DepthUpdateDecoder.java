package dev.spindle.binance.codec;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.PriceLevels;

/**
 * Decodes a {@code depthUpdate} frame, spot or futures, raw or combined-stream, into a reusable
 * {@link DepthUpdate} with a hand-written byte scanner. This is the hot-path decoder: it allocates nothing once
 * the level capacity of the target suffices (see {@code DepthDecodeBenchmark} for the comparison with fastjson2's
 * {@code JSONReader}, {@link JsonReaderDepthDecoder}).
 * <p>
 * Required: {@code e} ({@code "depthUpdate"}), {@code U}, {@code u}, {@code b}, {@code a} and a symbol (the
 * payload's {@code s} or the stream name). {@code E}, {@code T} and {@code pu} are read when present; unknown
 * fields ({@code ps}, {@code st}, ...) are skipped. Levels are parsed at the symbol's scales; if they come before
 * the symbol they are parsed once it is known.
 * <p>
 * One instance per thread.
 */
public final class DepthUpdateDecoder extends EnvelopeDecoder
{
    private static final byte[] DEPTH_UPDATE = ascii("depthUpdate");
    private static final byte[] PU = ascii("pu");
    private static final int EVENT = 1;
    private static final int FIRST_ID = 2;
    private static final int FINAL_ID = 4;
    private static final int BIDS = 8;
    private static final int ASKS = 16;
    private static final int REQUIRED = EVENT | FIRST_ID | FINAL_ID | BIDS | ASKS;

    private DepthUpdate out;
    private int seen;
    private int deferredBids;
    private int deferredAsks;

    /** @param symbols instruments whose depth frames may be decoded. */
    public DepthUpdateDecoder(final SymbolTable symbols)
    {
        super("depthUpdate", symbols);
    }

    /**
     * @param buf frame bytes.
     * @param off first byte of the frame.
     * @param len frame length.
     * @param out overwritten with the event.
     * @throws DecodeException if the frame is not a well-formed depthUpdate of a registered symbol; {@code out}
     *                         is then undefined and must not be applied.
     */
    public void decode(final byte[] buf, final int off, final int len, final DepthUpdate out)
    {
        this.out = out;
        decodeFrame(buf, off, len);
    }

    @Override
    void begin()
    {
        out.clear();
        seen = 0;
        deferredBids = -1;
        deferredAsks = -1;
    }

    @Override
    void member()
    {
        final JsonScanner s = scanner;
        if (s.keyLength() == 1)
        {
            switch (s.buffer()[s.keyOffset()])
            {
                case 'e':
                    s.readString();
                    if (!s.stringIs(DEPTH_UPDATE))
                    {
                        throw s.error("not a depthUpdate event");
                    }
                    seen |= EVENT;
                    return;
                case 'E':
                    out.E(s.readLong());
                    return;
                case 'T':
                    out.T(s.readLong());
                    return;
                case 's':
                    symbolMember();
                    return;
                case 'U':
                    out.U(s.readLong());
                    seen |= FIRST_ID;
                    return;
                case 'u':
                    out.u(s.readLong());
                    seen |= FINAL_ID;
                    return;
                case 'b':
                    deferredBids = levels(out.b(), BIDS);
                    return;
                case 'a':
                    deferredAsks = levels(out.a(), ASKS);
                    return;
                default:
                    break;
            }
        }
        else if (s.keyIs(PU))
        {
            out.pu(s.readLong());
            return;
        }
        s.skipValue();
    }

    @Override
    void finish()
    {
        if ((seen & REQUIRED) != REQUIRED)
        {
            throw scanner.error("missing" + ((seen & EVENT) == 0 ? " e" : "") + ((seen & FIRST_ID) == 0 ? " U" : "") +
                ((seen & FINAL_ID) == 0 ? " u" : "") + ((seen & BIDS) == 0 ? " b" : "") +
                ((seen & ASKS) == 0 ? " a" : ""));
        }
        requireSymbol();
        out.symbolIndex(symbolIndex());
        if (deferredBids >= 0)
        {
            scanner.position(deferredBids);
            parseLevels(out.b());
        }
        if (deferredAsks >= 0)
        {
            scanner.position(deferredAsks);
            parseLevels(out.a());
        }
        if (out.U() > out.u())
        {
            throw scanner.error("U " + out.U() + " > u " + out.u());
        }
    }

    /** @return the position to parse the levels from later, or -1 if they were parsed now. */
    private int levels(final PriceLevels into, final int bit)
    {
        if ((seen & bit) != 0)
        {
            throw scanner.error("duplicate level array");
        }
        seen |= bit;
        if (symbolIndex() == SymbolTable.NOT_FOUND)
        {
            final int at = scanner.position();
            scanner.skipValue();
            return at;
        }
        parseLevels(into);
        return -1;
    }

    private void parseLevels(final PriceLevels into)
    {
        final JsonScanner s = scanner;
        final Instrument instrument = instrument();
        final int priceScale = instrument.priceScale();
        final int qtyScale = instrument.qtyScale();
        s.beginArray();
        boolean first = true;
        while (s.nextElement(first))
        {
            first = false;
            s.beginArray();
            final long price = s.readDecimal(priceScale, "price");
            s.comma();
            final long qty = s.readDecimal(qtyScale, "quantity");
            s.endArray();
            if (price < 0 || qty < 0)
            {
                throw s.error("negative price or quantity");
            }
            into.add(price, qty);
        }
    }
}
