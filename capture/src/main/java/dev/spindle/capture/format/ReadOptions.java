package dev.spindle.capture.format;

import java.util.function.Consumer;

/**
 * How a recording reader treats damage.
 *
 * @param warnings        receives one line per warning (torn tail, skipped line).
 * @param skipBadLines    when true a malformed line in the middle is skipped and reported as a warning;
 *                        when false it throws {@link RecordingException}.
 */
public record ReadOptions(Consumer<String> warnings, boolean skipBadLines)
{
    /** Warnings to stderr, malformed lines are errors. */
    public static final ReadOptions STRICT = new ReadOptions(w -> System.err.println("WARN " + w), false);
}
