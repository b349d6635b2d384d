package dev.spindle.hyperliquid.codec;

/**
 * A Hyperliquid frame or body that cannot be decoded: malformed JSON, a missing or invalid field, a bad decimal,
 * an unregistered coin, levels out of order. The message is one line naming the message kind, the problem, the
 * byte position and an excerpt of the input.
 * <p>
 * Thrown only on bad input: the caller counts it, logs the message and carries on. Nothing decoded from the
 * failing frame may be used (the target's contents are undefined), and no book has been touched: decoders
 * only fill their own reusable messages. No stack trace is captured; the message says everything.
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
