package dev.spindle.capture.reader;

/**
 * Receives what a reader tolerated rather than failed on: a torn last line, a gzip part cut short, lines with no
 * receive time after a crash. Called on the reading thread.
 */
@FunctionalInterface
public interface ReadWarningHandler
{
    /** Prints warnings to standard error, prefixed with {@code WARN}. */
    ReadWarningHandler STDERR = message -> System.err.println("WARN " + message);

    /**
     * @param message one line naming the file and what was skipped.
     */
    void onWarning(String message);
}
