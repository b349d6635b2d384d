package dev.spindle.binance.codec;

/**
 * A frame or body that cannot be decoded: malformed JSON, a missing or invalid field, a bad decimal, an
 * unregistered symbol. The message is one line naming the message kind, the problem, the byte position and an
 * excerpt of the input.
 * <p>
 * Thrown only on bad input, so the caller counts it, logs the message and carries on; nothing decoded from the
 * failing frame may be used (the target object's contents are undefined). No stack trace is captured: the
 * message says everything and bad frames must stay cheap.
 */
public final class DecodeException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where. */
    public DecodeException(final String message)
    {
        super(message, null, false, false);
    }
}
