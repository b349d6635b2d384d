package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class DemoCommandTest
{
    @TempDir
    Path out;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldRunTheWholeKitAndProveTheReplayedBooksAgainstTheSimulator() throws Exception
    {
        final StringWriter text = new StringWriter();
        final CommandLine cli = new CommandLine(new DemoCommand());
        cli.setOut(new PrintWriter(text, true));
        final int exit = cli.execute("--duration", "4s", "--rate", "50", "--out", out.toString());

        final String said = text.toString();
        assertEquals(0, exit, said);
        assertTrue(said.contains("BTCUSDT: replayed book equals the simulator's"), said);
        assertTrue(said.contains("ETHUSDT: replayed book equals the simulator's"), said);
        assertTrue(said.contains("demo OK"), said);
        for (final String symbol : new String[] {"btcusdt", "ethusdt"})
        {
            assertTrue(Files.size(out.resolve("l3-" + symbol + ".jsonl")) > 0, symbol + " L3 events");
            assertTrue(Files.readString(out.resolve("final-book-" + symbol + ".json")).startsWith("{\"lastUpdateId\":"));
        }
    }
}
