package dev.spindle.capture.format;

/** A recording that cannot be read as its format says; the message names the file and line. */
public final class RecordingException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param position {@code file:line}.
     * @param problem  what is wrong there.
     */
    public RecordingException(final String position, final String problem)
    {
        super(position + ": " + problem);
    }
}
