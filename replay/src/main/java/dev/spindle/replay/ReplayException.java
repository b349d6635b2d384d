package dev.spindle.replay;

/**
 * A replay cannot go on: bad input, a gap under {@code --validate-sequence}, a failed verification, a bad option.
 * The message is one line naming the file, line, value or flag at fault; no stack trace is captured because the
 * message says everything.
 */
public final class ReplayException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where. */
    public ReplayException(final String message)
    {
        super(message, null, false, false);
    }

    /**
     * @param message what is wrong and where.
     * @param cause   the underlying failure, kept for {@code SPINDLE_DEBUG} stack traces.
     */
    public ReplayException(final String message, final Throwable cause)
    {
        super(message, cause, false, true);
    }
}
