package dev.spindle.binance.codec;

import java.nio.charset.StandardCharsets;

/** Decodes a control reply into a reusable {@link Reply}. Allocates only for string ids and error messages. */
public final class ReplyDecoder extends EnvelopeDecoder
{
    private static final byte[] RESULT = ascii("result");
    private static final byte[] ID = ascii("id");
    private static final byte[] CODE = ascii("code");
    private static final byte[] MSG = ascii("msg");
    private static final byte[] ERROR = ascii("error");

    private Reply out;

    /** @param symbols unused by replies, shared with the other decoders. */
    public ReplyDecoder(final SymbolTable symbols)
    {
        super("reply", symbols);
    }

    /**
     * @throws DecodeException if the frame is malformed or is neither a result nor an error reply.
     */
    public void decode(final byte[] buf, final int off, final int len, final Reply out)
    {
        this.out = out;
        decodeFrame(buf, off, len);
    }

    @Override
    void begin()
    {
        out.clear();
    }

    @Override
    void member()
    {
        final JsonScanner s = scanner;
        if (s.keyIs(RESULT))
        {
            out.hasResult = true;
            out.resultIsNull = s.nextIsNull();
            if (!out.resultIsNull)
            {
                s.skipValue();
            }
        }
        else if (s.keyIs(ID))
        {
            final byte next = s.peek();
            if (next == '"')
            {
                s.readString();
                out.idText = text();
            }
            else if (!s.nextIsNull())
            {
                out.id = s.readLong();
            }
        }
        else if (s.keyIs(ERROR))
        {
            s.beginObject();
            boolean first = true;
            while (s.nextKey(first))
            {
                first = false;
                errorMember();
            }
        }
        else
        {
            errorMember();
        }
    }

    @Override
    void finish()
    {
        if (!out.hasResult && !out.isError())
        {
            throw scanner.error("neither a result nor an error reply");
        }
    }

    private void errorMember()
    {
        final JsonScanner s = scanner;
        if (s.keyIs(CODE))
        {
            out.errorCode = s.readLong();
        }
        else if (s.keyIs(MSG))
        {
            s.readString();
            out.errorMessage = text();
        }
        else
        {
            s.skipValue();
        }
    }

    private String text()
    {
        return new String(scanner.buffer(), scanner.stringOffset(), scanner.stringLength(), StandardCharsets.UTF_8);
    }
}
