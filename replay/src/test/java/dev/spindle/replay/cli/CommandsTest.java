package dev.spindle.replay.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.testing.TestData;
import picocli.CommandLine;

class CommandsTest
{
    @TempDir
    Path dir;

    @Test
    void shouldReplayVerifyAndConvertTheRealCaptureFromTheCommandLine() throws IOException
    {
        final String day1 = TestData.require("binance-spot/ethusdt_20240808.gz").toString();
        final String day2 = TestData.require("binance-spot/ethusdt_20240809.gz").toString();
        final Path jsonl = dir.resolve("events.jsonl");
        final Path kryo = dir.resolve("events.kryo");
        final Path converted = dir.resolve("converted.jsonl");

        final Result jsonlRun = execute(new ReplayCommand(), "--input", day1, day2, "--verify", "--model", "fifo",
            "--out", jsonl.toString(), "--quiet");
        final Result kryoRun = execute(new ReplayCommand(), "--input", day1, day2, "--model", "fifo", "--out",
            kryo.toString(), "--out-format", "kryo", "--quiet");
        final Result convert = execute(new ConvertCommand(), kryo.toString(), "--to", "jsonl", "--out",
            converted.toString());

        assertEquals(0, jsonlRun.code, jsonlRun.err);
        assertTrue(jsonlRun.err.contains("verify: bookTicker: 6,468 of 6,468 applied diffs matched"), jsonlRun.err);
        assertTrue(jsonlRun.err.contains("replay: model fifo: "), jsonlRun.err);
        assertEquals(0, kryoRun.code, kryoRun.err);
        assertEquals(0, convert.code, convert.err);
        assertArrayEquals(Files.readAllBytes(jsonl), Files.readAllBytes(converted));
    }

    @Test
    void shouldRejectBadFlagValuesWithExitCode2() throws IOException
    {
        final Path snapshot = Files.writeString(dir.resolve("s.json"), "{}");
        for (final String[] args : new String[][] {
            {"--snapshot", snapshot.toString(), "--diffs", "d", "--model", "lifo"},
            {"--snapshot", snapshot.toString(), "--diffs", "d", "--speed", "fast"},
            {"--snapshot", snapshot.toString(), "--diffs", "d", "--out-format", "csv"},
            {"--snapshot", snapshot.toString(), "--diffs", "d", "--format", "csv"},
            {"--no-such-flag"}})
        {
            final Result result = execute(new ReplayCommand(), args);
            assertEquals(2, result.code, String.join(" ", args) + ": " + result.err);
        }
        assertEquals(2, execute(new ConvertCommand(), "x.kryo", "--to", "csv").code);
    }

    @Test
    void shouldExitWith1OnBadInput()
    {
        final Result result = execute(new ReplayCommand(), "--diffs", dir.resolve("diffs.jsonl").toString());

        assertEquals(1, result.code);
        assertTrue(result.err.contains("missing snapshot"), result.err);
    }

    private static Result execute(final Object command, final String... args)
    {
        final StringWriter err = new StringWriter();
        final CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        {
            commandLine.getErr().println("error: " + ex.getMessage());
            return 1;
        });
        final int code = cli.execute(args);
        return new Result(code, err.toString());
    }

    private record Result(int code, String err)
    {
    }
}
