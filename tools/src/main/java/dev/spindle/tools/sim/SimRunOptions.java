package dev.spindle.tools.sim;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every {@code sim <venue>} command does around its simulator: {@code --duration}, usage errors for bad
 * flag values, and {@link SimRun#run} on the command's own streams. Mixed into each venue command with
 * {@code @Mixin}, as its last option.
 */
public final class SimRunOptions
{
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "DURATION",
        description = "stop after this long (default: until Ctrl-C).")
    private Duration duration;

    /**
     * @param message what is wrong, naming the flags.
     * @return a usage error of the venue command, to throw.
     */
    public ParameterException usageError(final String message)
    {
        return new ParameterException(command.commandLine(), message);
    }

    /**
     * Build the venue's config, reporting an {@link IllegalArgumentException} (a bad fault spec, an invalid
     * setting) as a usage error.
     *
     * @param build builds the config from the parsed flags.
     * @param <C>   the venue's config.
     * @return the config.
     * @throws ParameterException if a flag value is invalid.
     */
    public <C> C config(final Supplier<C> build)
    {
        try
        {
            return build.get();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(command.commandLine(), ex.getMessage(), ex);
        }
    }

    /**
     * {@link SimRun#run} for the {@code --duration} given, on the command's out and err streams.
     *
     * @param hookName  name of the shutdown-hook thread, e.g. {@code sim-binance-shutdown}.
     * @param start     starts the simulator.
     * @param onStarted prints the banner.
     * @param onStopped prints the counters.
     * @param <S>       the venue's simulator.
     * @return the exit code.
     * @throws InterruptedException if the waiting thread is interrupted; the simulator is closed first.
     */
    public <S extends Simulator> int run(
        final String hookName,
        final Supplier<S> start,
        final BiConsumer<S, PrintWriter> onStarted,
        final BiConsumer<S, PrintWriter> onStopped) throws InterruptedException
    {
        return SimRun.run(hookName, command.commandLine().getOut(), command.commandLine().getErr(), start, duration,
            onStarted, onStopped);
    }
}
