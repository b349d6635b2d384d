package dev.spindle.binance.codec;

/** Decodes a {@code serverShutdown} frame, raw or combined, into a reusable {@link ServerShutdown}. */
public final class ServerShutdownDecoder extends EnvelopeDecoder<ServerShutdown>
{
    private static final int EVENT = 1;
    private static final String[] REQUIRED_KEYS = { "e" };

    /** @param symbols unused by this message, shared with the other decoders. */
    public ServerShutdownDecoder(final SymbolTable symbols)
    {
        super("serverShutdown", symbols);
    }

    /**
     * @throws DecodeException if the frame is malformed or not a serverShutdown event.
     */
    public void decode(final byte[] buf, final int off, final int len, final ServerShutdown out)
    {
        decodeFrame(buf, off, len, out);
    }

    @Override
    void begin()
    {
        out.eventTimeMs = 0;
    }

    @Override
    void member()
    {
        final JsonScanner s = scanner;
        if (s.keyIs('e'))
        {
            eventMember(EVENT);
        }
        else if (s.keyIs('E'))
        {
            out.eventTimeMs = s.readLong();
        }
        else
        {
            s.skipValue();
        }
    }

    @Override
    void finish()
    {
        requireAll(REQUIRED_KEYS);
    }
}
