package dev.spindle.tools.inspect;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spindle inspect <session-dir> [--json]}: per-stream line counts, parts, receive-time span, bytes per
 * second and receive lag against the exchange time ({@code E}; p50/p99), the depth chain's first and last
 * update id and every gap found by re-reading it, the gap ledger, and what the reader had to tolerate.
 * <p>
 * Exit codes: 0 when every chain gap is explained by the ledger, 1 when one is not, 2 when the session cannot be
 * read or the arguments are wrong.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
        "Check a capture session: line counts, time span, update-id chain and its gaps, gap ledger,",
        "receive lag against exchange time (p50/p99), bytes per second.",
        "Exits 1 when the depth chain has a gap the ledger does not explain, 2 on unreadable input."})
public final class InspectCommand implements Callable<Integer>
{
    /** Exit code: the depth chain has a gap the ledger does not explain. */
    public static final int EXIT_UNEXPLAINED_GAP = 1;
    /** Exit code: the session could not be read. */
    public static final int EXIT_UNREADABLE = 2;

    @Parameters(index = "0", paramLabel = "<session-dir>",
        description = "Session directory: <capture-dir>/<venue>/<symbol>/<session>.")
    private Path sessionDir;

    @Option(names = "--json", description = "Print one machine-readable JSON object instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    /**
     * Runs {@code inspect} alone: {@code java -cp ... dev.spindle.tools.inspect.InspectCommand <session-dir>}.
     *
     * @param args command-line arguments.
     */
    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new InspectCommand()).execute(args));
    }

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final InspectReport report;
        try
        {
            report = SessionInspector.inspect(sessionDir);
        }
        catch (final IOException ex)
        {
            spec.commandLine().getErr().println("inspect: " + ex.getMessage());
            return EXIT_UNREADABLE;
        }
        if (json)
        {
            out.println(report.toJson());
        }
        else
        {
            report.printText(out);
        }
        out.flush();
        return report.unexplainedGaps() > 0 ? EXIT_UNEXPLAINED_GAP : 0;
    }
}
