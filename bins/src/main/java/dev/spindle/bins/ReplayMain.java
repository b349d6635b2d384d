package dev.spindle.bins;

import dev.spindle.replay.cli.ConvertCommand;
import dev.spindle.replay.cli.ReplayCommand;

/**
 * Main of {@code spindle-replay.jar}: runs {@code replay} by default ({@code java -jar spindle-replay.jar
 * --snapshot F --diffs F ...}) and also offers {@code convert} ({@code java -jar spindle-replay.jar convert FILE
 * --to jsonl}). Plain replay flags run at once ({@link DirectReplay}); anything else goes through picocli.
 */
public final class ReplayMain
{
    private ReplayMain()
    {
    }

    /**
     * @param args {@code replay} flags, or {@code convert FILE --to jsonl}.
     */
    public static void main(final String[] args)
    {
        System.exit(run(args));
    }

    /**
     * @param args as for {@link #main}.
     * @return the exit code.
     */
    static int run(final String[] args)
    {
        final int exit = DirectReplay.run(args);
        return exit != DirectReplay.NOT_RUN ? exit :
            Cli.run(Cli.withSubcommands(new ReplayCommand(), args, ConvertCommand.class), args);
    }
}
