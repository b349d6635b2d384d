package dev.spindle.capture;

/**
 * Receives what the capture has to report; adapted by the launcher to the structured logger.
 * <p>
 * Threading: every method is called on the capture thread (or on the thread calling
 * {@code CaptureWriter.close()} when the capture thread was never started). Implementations must be quick and
 * must not call back into the writer.
 */
public interface CaptureListener
{
    /** Ignores everything; for tests and tools that read counters instead. */
    CaptureListener NONE = new CaptureListener()
    {
        @Override
        public void onError(final String what, final Throwable cause)
        {
        }

        @Override
        public void onWarning(final String what)
        {
        }

        @Override
        public void onDrop(
            final String sessionDir, final String file, final long count, final long fromEpochNs, final long toEpochNs)
        {
        }

        @Override
        public void onRotate(final String sessionDir, final int part)
        {
        }
    };

    /**
     * The capture failed; when it says {@code stopped}, it wrote nothing more.
     *
     * @param what  one line: what failed and where (file, session).
     * @param cause the exception, possibly null.
     */
    void onError(String what, Throwable cause);

    /**
     * Something was not written exactly as received, or a duplicate was skipped; the capture goes on.
     *
     * @param what one line naming the session, file and reason.
     */
    void onWarning(String what);

    /**
     * Frames were refused because a producer's queue was full; the same facts went into the gap ledger.
     *
     * @param sessionDir  the session directory.
     * @param file        stream base name, {@code snapshot} or {@code ledger}.
     * @param count       frames refused.
     * @param fromEpochNs receive time of the first refused frame.
     * @param toEpochNs   receive time of the last refused frame.
     */
    void onDrop(String sessionDir, String file, long count, long fromEpochNs, long toEpochNs);

    /**
     * A session started a new numbered part of its files.
     *
     * @param sessionDir the session directory.
     * @param part       the new part number.
     */
    void onRotate(String sessionDir, int part);
}
