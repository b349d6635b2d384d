package dev.spindle.bins;

import picocli.CommandLine;

/**
 * Runs a picocli command the same way for every main: bad flags are one line naming the flag plus a hint
 * (exit 2), failures of the job are one {@code error:} line (exit 1) unless {@code SPINDLE_DEBUG} is set.
 */
final class Cli
{
    private Cli()
    {
    }

    static int run(final Object command, final String[] args)
    {
        final CommandLine cli = new CommandLine(command);
        cli.setParameterExceptionHandler((ex, rawArgs) ->
        {
            final CommandLine failed = ex.getCommandLine();
            failed.getErr().println("error: " + ex.getMessage());
            failed.getErr().println("try '" + failed.getCommandSpec().qualifiedName() + " --help'");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) ->
        {
            if (System.getenv("SPINDLE_DEBUG") != null)
            {
                ex.printStackTrace(failed.getErr());
            }
            failed.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
