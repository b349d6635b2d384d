package dev.spindle.bins;

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
 * Every job is a subcommand with its own {@code --help}.
 */
@Command(
    name = "spindle",
    mixinStandardHelpOptions = true,
    versionProvider = KitVersion.class,
    subcommands = {
        DemoCommand.class, BinanceCommand.class, HyperliquidCommand.class, ReplayCommand.class, ConvertCommand.class,
        SimCommand.class, InspectCommand.class, ScoreL3Command.class},
    description = "Low-latency crypto market data: live books, capture, replay, L3 inference.")
public final class SpindleMain implements Callable<Integer>
{
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
        System.exit(Cli.run(new SpindleMain(), args));
    }
}
