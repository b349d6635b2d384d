package dev.spindle.tools.sim;

import java.util.concurrent.Callable;

import dev.spindle.tools.sim.binance.BinanceSimCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code spindle sim <venue>}: venue simulators on loopback that speak the venues' real protocols, fed by
 * recordings or synthetic markets. Each venue is a subcommand.
 */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    subcommands = {BinanceSimCommand.class, dev.spindle.tools.sim.hyperliquid.HyperliquidSimCommand.class},
    description = "Run a venue simulator on loopback (WebSocket + REST) from a recording or a synthetic market.")
public final class SimCommand implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    /** Without a venue there is nothing to run: print the usage and fail. */
    @Override
    public Integer call()
    {
        spec.commandLine().getErr().println("error: name a venue, e.g. 'sim binance --synthetic'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * Run directly: {@code java -cp <tools + deps> dev.spindle.tools.sim.SimCommand binance --synthetic}.
     *
     * @param args command-line arguments.
     */
    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new SimCommand()).execute(args));
    }
}
