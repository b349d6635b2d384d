package dev.spindle.bins;

import java.io.PrintWriter;
import java.util.function.ToIntFunction;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a picocli command the same way for every main: bad flags are one line naming the flag plus a hint
 * (exit 2), failures of the job are one {@code error:} line (exit 1) unless {@code SPINDLE_DEBUG} is set.
 */
final class Cli
{
    private Cli()
    {
    }

    /**
     * Build {@code command} with the subcommand {@code args[0]} names, if it names one of {@code subcommands}, or
     * with all of them otherwise (so that help lists them and a typo gets picocli's usual error).
     *
     * @param command     the top command (annotated object).
     * @param args        the command line.
     * @param subcommands annotated command classes with public no-argument constructors.
     * @return the command, ready for {@link #run}.
     */
    static CommandSpec withSubcommands(final Object command, final String[] args, final Class<?>... subcommands)
    {
        final CommandSpec spec = CommandSpec.forAnnotatedObject(command);
        final String named = args.length > 0 ? args[0] : null;
        boolean found = false;
        for (final Class<?> subcommand : subcommands)
        {
            found |= subcommand.getAnnotation(Command.class).name().equals(named);
        }
        for (final Class<?> subcommand : subcommands)
        {
            final String name = subcommand.getAnnotation(Command.class).name();
            if (!found || name.equals(named))
            {
                spec.addSubcommand(name, CommandSpec.forAnnotatedObject(instantiate(subcommand)));
            }
        }
        return spec;
    }

    private static Object instantiate(final Class<?> type)
    {
        try
        {
            return type.getDeclaredConstructor().newInstance();
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new IllegalStateException("cannot build the command " + type.getName() + ": " + ex, ex);
        }
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
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> failed(ex, failed.getErr()));
        return cli.execute(args);
    }

    /**
     * Run a job whose flags were already parsed (by {@link FastArgs}), with the same exit codes and error line as
     * {@link #run}: its result, or 1 and one {@code error:} line if it throws.
     *
     * @param job the job, given the error stream.
     * @return the exit code.
     */
    static int runParsed(final ToIntFunction<PrintWriter> job)
    {
        final PrintWriter err = new PrintWriter(System.err, true);
        try
        {
            return job.applyAsInt(err);
        }
        catch (final RuntimeException ex)
        {
            return failed(ex, err);
        }
        finally
        {
            err.flush();
        }
    }

    /** Report a failed job: one {@code error:} line (and the stack trace if {@code SPINDLE_DEBUG} is set). */
    private static int failed(final Exception ex, final PrintWriter err)
    {
        if (System.getenv("SPINDLE_DEBUG") != null)
        {
            ex.printStackTrace(err);
        }
        err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        return 1;
    }
}
