package dev.spindle.replay.hyperliquid;

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
import dev.spindle.replay.cli.ReplayCommand;
import picocli.CommandLine;

/** {@code spindle replay} flags on Hyperliquid inputs. */
class HyperliquidCommandTest
{
    @TempDir
    Path dir;

    @Test
    void shouldReplayTheArchiveHourFromTheCommandLine() throws IOException
    {
        final Path events = dir.resolve("events.jsonl");
        final String archive = TestData.require("hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz").toString();
        final StringWriter err = new StringWriter();
        final CommandLine cli = new CommandLine(new ReplayCommand());
        cli.setErr(new PrintWriter(err, true));

        final int code = cli.execute("--input", archive, "--format", "hl-archive", "--model", "counts", "--verify",
            "--out", events.toString(), "--quiet");

        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("536 identical snapshots"), err.toString());
        assertTrue(err.toString().contains("verify: l2Book: 5,587 of 5,587 messages equal the rebuilt book"),
            err.toString());
        assertTrue(Files.readString(events).startsWith("{\"sequence\":"));
    }
}
