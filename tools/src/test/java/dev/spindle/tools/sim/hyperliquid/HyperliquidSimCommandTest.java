package dev.spindle.tools.sim.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.testing.TestData;
import dev.spindle.tools.sim.SimCommand;
import picocli.CommandLine;

@Timeout(30)
class HyperliquidSimCommandTest
{
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(final String... args)
    {
        final CommandLine cli = new CommandLine(new SimCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldPrintTheUrlsAndStopAfterTheDuration()
    {
        assertEquals(0, run("hyperliquid", "--synthetic", "--coins", "BTC,kPEPE,@107", "--rate", "20",
            "--duration", "300ms"));
        final String text = out.toString();
        assertTrue(text.matches("(?s)hyperliquid simulator: ws ws://127\\.0\\.0\\.1:[0-9]+/ws  rest " +
            "http://127\\.0\\.0\\.1:[0-9]+/info\nsource: synthetic \\[BTC, kPEPE, @107]" +
            ".*stopped: .*dispatched=[1-9].*"), text);
    }

    @Test
    void shouldServeARecording()
    {
        assertEquals(0, run("hyperliquid", "--recording", TestData.require("hyperliquid/btcusd_20250126.gz").toString(),
            "--speed", "max", "--duration", "300ms"));
        assertTrue(out.toString().contains("coins [BTC]"), out.toString());
    }

    @Test
    void shouldRefuseAMissingOrDoubleSourceAndNameBadFlags()
    {
        assertEquals(2, run("hyperliquid"));
        assertTrue(err.toString().contains("give exactly one source"), err.toString());
        assertEquals(2, run("hyperliquid", "--synthetic", "--recording", "/tmp/x.gz"));
        assertEquals(2, run("hyperliquid", "--synthetic", "--idle-timeout", "soon"));
        assertTrue(err.toString().contains("--idle-timeout"), err.toString());
        assertEquals(2, run("hyperliquid", "--synthetic", "--coins", "B TC"));
        assertTrue(err.toString().contains("synthetic coin 'B TC'"), err.toString());
    }

    @Test
    void shouldReportAnUnreadableRecordingInOneLine()
    {
        assertEquals(1, run("hyperliquid", "--recording", "/nonexistent/capture.gz", "--duration", "1s"));
        assertTrue(err.toString().startsWith("error: ") && err.toString().contains("/nonexistent/capture.gz"),
            err.toString());
    }
}
