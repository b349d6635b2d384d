package dev.spindle.bins;

import java.util.Arrays;
import java.util.concurrent.Callable;

import dev.spindle.replay.cli.ConvertCommand;
import dev.spindle.replay.cli.ReplayCommand;
import dev.spindle.tools.inspect.InspectCommand;
import dev.spindle.tools.score.ScoreL3Command;
import dev.spindle.tools.sim.SimCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code spindle <command>}: the one entry point of {@code spindle.jar}, which the {@code spindle} launcher runs.
 * Every job is a subcommand with its own {@code --help}. Only the command named is built: picocli reads a
 * command's annotations when it is added, which costs tens of milliseconds a command on a cold JVM, so naming
 * one avoids building the others; anything else (no command, {@code --help}, a typo) builds them all. Plain
 * {@code replay} flags skip picocli altogether ({@link DirectReplay}).
 */
@Command(
    name = "spindle",
    mixinStandardHelpOptions = true,
    versionProvider = KitVersion.class,
    description = "Low-latency crypto market data: live books, capture, replay, L3 inference.")
public final class SpindleMain implements Callable<Integer>
{
    private static final Class<?>[] COMMANDS = {
        DemoCommand.class, BinanceCommand.class, HyperliquidCommand.class, ReplayCommand.class, ConvertCommand.class,
        SimCommand.class, InspectCommand.class, ScoreL3Command.class};

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call()
    {
        spec.commandLine().getErr().println("error: name a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * @param args {@code <command> [flags]}.
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
        if (args.length > 0 && "replay".equals(args[0]))
        {
            final int exit = DirectReplay.run(Arrays.copyOfRange(args, 1, args.length));
            if (exit != DirectReplay.NOT_RUN)
            {
                return exit;
            }
        }
        return Cli.run(commands(args), args);
    }

    /**
     * @param args the command line; an empty one builds every command.
     * @return the {@code spindle} command with the subcommand {@code args} names, or with all of them.
     */
    static CommandSpec commands(final String[] args)
    {
        return Cli.withSubcommands(new SpindleMain(), args, COMMANDS);
    }

}
