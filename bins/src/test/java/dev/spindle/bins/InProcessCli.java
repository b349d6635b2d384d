package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Runs a {@code spindle} subcommand in this JVM as a user would, with stdout and stderr captured. */
final class InProcessCli
{
    private InProcessCli()
    {
    }

    /**
     * Run a command with {@link System#out} and {@link System#err} redirected; restores them after.
     *
     * @param command the picocli command object.
     * @param args    command-line arguments.
     * @param out     receives stdout.
     * @param err     receives stderr.
     * @return the exit code.
     */
    static int run(
        final Object command, final List<String> args, final ByteArrayOutputStream out, final ByteArrayOutputStream err)
    {
        return runMain(argv -> Cli.run(command, argv), args, out, err);
    }

    /**
     * Run a main's body ({@code ReplayMain::run}, {@code SpindleMain::run}) with {@link System#out} and
     * {@link System#err} redirected; restores them after.
     *
     * @param main the main, returning its exit code instead of exiting.
     * @param args command-line arguments.
     * @param out  receives stdout.
     * @param err  receives stderr.
     * @return the exit code.
     */
    static int runMain(
        final ToIntFunction<String[]> main, final List<String> args, final ByteArrayOutputStream out,
        final ByteArrayOutputStream err)
    {
        final PrintStream savedOut = System.out;
        final PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try
        {
            return main.applyAsInt(args.toArray(new String[0]));
        }
        finally
        {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /**
     * Assert that the command refuses the arguments with exit code 2, nothing on stdout, and a first stderr line
     * {@code error: ...} that names the flag.
     *
     * @param command makes a fresh command object.
     * @param args    arguments with one bad flag.
     * @param flag    the flag the message must name.
     */
    static void assertRejected(final Supplier<Object> command, final List<String> args, final String flag)
    {
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int exit = run(command.get(), args, out, err);

        final String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, text);
        final String firstLine = text.lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("error: ") && firstLine.contains(flag), firstLine);
        assertTrue(text.lines().count() <= 2, () -> "one error line and the --help hint: " + text);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
