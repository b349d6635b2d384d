package dev.spindle.tools.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import picocli.CommandLine;

@Timeout(30)
class SimCommandTest
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
        assertEquals(0, run("binance", "--synthetic", "--symbols", "btcusdt,ethusdt", "--rate", "20",
            "--duration", "300ms"));
        final String text = out.toString();
        assertTrue(text.matches("(?s)binance simulator: ws ws://127\\.0\\.0\\.1:[0-9]+  rest http://127\\.0\\.0\\.1:" +
            "[0-9]+\n.*stopped: .*"), text);
    }

    @Test
    void shouldRefuseAMissingOrDoubleSource()
    {
        assertEquals(2, run("binance"));
        assertTrue(err.toString().contains("give exactly one source"), err.toString());
        assertEquals(2, run("binance", "--synthetic", "--cryptofeed", "/tmp"));
    }

    @Test
    void shouldNameTheBadFlag()
    {
        assertEquals(2, run("binance", "--synthetic", "--speed", "fast"));
        assertTrue(err.toString().contains("--speed"), err.toString());
        assertEquals(2, run("binance", "--synthetic", "--fault", "drop@0"));
        assertTrue(err.toString().contains("--fault drop@0: frame number '0' must be positive"), err.toString());
        assertEquals(2, run("hyperliquid", "--synthetic", "--fault", "stall@1s,shutdown@2s"));
        assertTrue(err.toString().contains("--fault shutdown@2000ms: the hyperliquid simulator has no shutdown fault"),
            err.toString());
    }

    @Test
    void shouldReportAnUnreadableRecordingInOneLine()
    {
        assertEquals(1, run("binance", "--recording", "/nonexistent/capture.gz", "--duration", "1s"));
        assertTrue(err.toString().startsWith("error: ") && err.toString().contains("/nonexistent/capture.gz"),
            err.toString());
    }

    @Test
    void shouldAskForAVenue()
    {
        assertEquals(2, run());
        assertTrue(err.toString().contains("binance"), err.toString());
    }
}
