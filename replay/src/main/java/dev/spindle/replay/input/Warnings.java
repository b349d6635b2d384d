package dev.spindle.replay.input;

/**
 * Receives what a replay tolerated rather than failed on (torn last line, skipped bad line, gap, ...): one line
 * naming the file, line or ids at fault. May be called from the reader thread and the replay thread.
 */
public interface Warnings
{
    /** Drops every warning: for side passes (trades, tickers, look-ahead scans) whose lines the depth pass reports. */
    Warnings NONE = message ->
    {
    };

    /** @param message one line, without a {@code WARN} prefix. */
    void warn(String message);

    /**
     * A malformed line was skipped ({@code --skip-bad-lines}); counted apart from other warnings.
     *
     * @param message one line naming file, line and problem.
     */
    default void skippedLine(final String message)
    {
        warn(message + " (skipped)");
    }
}
