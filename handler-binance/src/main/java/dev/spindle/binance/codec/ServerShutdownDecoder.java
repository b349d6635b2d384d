package dev.spindle.binance.codec;

/** Decodes a {@code serverShutdown} frame, raw or combined, into a reusable {@link ServerShutdown}. */
public final class ServerShutdownDecoder extends EnvelopeDecoder
{
    private static final byte[] SERVER_SHUTDOWN = ascii("serverShutdown");

    private ServerShutdown out;
    private boolean sawEvent;

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
        this.out = out;
        decodeFrame(buf, off, len);
    }

    @Override
    void begin()
    {
        out.eventTimeMs = 0;
        sawEvent = false;
    }

    @Override
    void member()
    {
        final JsonScanner s = scanner;
        if (s.keyIs('e'))
        {
            s.readString();
            if (!s.stringIs(SERVER_SHUTDOWN))
            {
                throw s.error("not a serverShutdown event");
            }
            sawEvent = true;
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
        if (!sawEvent)
        {
            throw scanner.error("missing e");
        }
    }
}
