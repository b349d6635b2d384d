package dev.spindle.bins;

import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.cli.ReplayCommand;

/**
 * {@code replay} without picocli's start-up cost: when {@link FastArgs} can read the flags and every value is one
 * the command accepts, the replay runs at once; otherwise the caller runs picocli, which parses the same flags or
 * reports what is wrong with them, exactly as it always does.
 */
final class DirectReplay
{
    /** Returned by {@link #run} when the flags need picocli. */
    static final int NOT_RUN = -1;

    private DirectReplay()
    {
    }

    /**
     * @param flags the replay's flags (without a command name).
     * @return the exit code of the replay, or {@link #NOT_RUN}.
     */
    static int run(final String[] flags)
    {
        final ReplayCommand command = new ReplayCommand();
        if (!FastArgs.parse(command, flags))
        {
            return NOT_RUN;
        }
        final ReplayOptions options;
        try
        {
            options = command.options();
        }
        catch (final IllegalArgumentException ex)
        {
            return NOT_RUN;
        }
        return Cli.runParsed(err -> command.run(options, err));
    }
}
