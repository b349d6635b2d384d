package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.replay.cli.ReplayCommand;

/** {@code spindle-replay.jar} and {@code spindle replay} with plain flags, which skip picocli, against picocli. */
class DirectReplayTest
{
    @TempDir
    Path dir;
    private Path snapshot;
    private Path diffs;

    @BeforeEach
    void writePair() throws IOException
    {
        snapshot = Files.writeString(dir.resolve("snapshot.json"),
            "{\"lastUpdateId\":100,\"bids\":[[\"100.00\",\"1.0\"]],\"asks\":[[\"101.00\",\"2.0\"]]}");
        diffs = Files.writeString(dir.resolve("diffs.jsonl"),
            "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":101,\"u\":102," +
                "\"b\":[[\"100.00\",\"3.0\"],[\"99.50\",\"1.5\"]]," +
                "\"a\":[[\"101.00\",\"0.0\"],[\"102.00\",\"4.0\"]]}\n" +
                "{\"e\":\"depthUpdate\",\"E\":2,\"s\":\"BTCUSDT\",\"U\":103,\"u\":103," +
                "\"b\":[],\"a\":[[\"101.50\",\"1.0\"]]}\n");
    }

    @Test
    void shouldReplayAsPicocliDoesFromBothMains() throws IOException
    {
        final List<String> flags = List.of("--snapshot", snapshot.toString(), "--diffs", diffs.toString(),
            "--model", "fifo", "--quiet");
        final Run viaPicocli = run(args -> Cli.run(new ReplayCommand(), args), flags, "picocli");
        final Run direct = run(ReplayMain::run, flags, "direct");
        final List<String> spindleArgs = new ArrayList<>(List.of("replay"));
        spindleArgs.addAll(flags);
        final Run spindle = run(SpindleMain::run, spindleArgs, "spindle");

        assertEquals(0, viaPicocli.exit, viaPicocli.err);
        assertTrue(Files.readString(viaPicocli.events).contains("\"type\":\"new\""), viaPicocli.err);
        for (final Run other : List.of(direct, spindle))
        {
            assertEquals(0, other.exit, other.err);
            assertEquals(Files.readString(viaPicocli.events), Files.readString(other.events), "events");
            assertEquals(Files.readString(viaPicocli.book), Files.readString(other.book), "final book");
            assertEquals(viaPicocli.out, other.out, "stdout");
            assertEquals(withoutTimes(viaPicocli.err), withoutTimes(other.err), "summary");
        }
    }

    @Test
    void shouldLetPicocliWordABadValue() throws IOException
    {
        final Run bad = run(ReplayMain::run, List.of("--snapshot", snapshot.toString(), "--diffs", diffs.toString(),
            "--model", "lifo"), "bad");

        assertEquals(2, bad.exit, bad.err);
        assertEquals("error: --model lifo: expected fifo, trades, prob, front, counts or none\n" +
            "try 'replay --help'\n", bad.err);
    }

    @Test
    void shouldReportAFailedReplayOnOneErrorLineWithExitCode1() throws IOException
    {
        final Run failed = run(ReplayMain::run, List.of("--diffs", diffs.toString(), "--quiet"), "failed");

        assertEquals(1, failed.exit, failed.err);
        assertEquals(1, failed.err.lines().count(), failed.err);
        assertTrue(failed.err.startsWith("error: ") && failed.err.contains("missing snapshot"), failed.err);
    }

    private static String withoutTimes(final String summary)
    {
        return summary.replaceAll("wall [0-9.]+ s, [0-9,]+ diffs/s", "wall");
    }

    private Run run(final ToIntFunction<String[]> main, final List<String> flags, final String name)
        throws IOException
    {
        final Path book = dir.resolve(name + "-book.json");
        final Path events = dir.resolve(name + "-events.jsonl");
        final List<String> args = new ArrayList<>(flags);
        if (flags.contains("--model"))
        {
            args.addAll(List.of("--final-book", book.toString(), "--out", events.toString()));
        }
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int exit = InProcessCli.runMain(main, args, out, err);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), book, events);
    }

    private static final class Run
    {
        final int exit;
        final String out;
        final String err;
        final Path book;
        final Path events;

        Run(final int exit, final String out, final String err, final Path book, final Path events)
        {
            this.exit = exit;
            this.out = out;
            this.err = err;
            this.book = book;
            this.events = events;
        }
    }
}
