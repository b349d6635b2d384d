package dev.spindle.replay.hyperliquid;

import static dev.spindle.replay.hyperliquid.HlFixtures.archiveLine;
import static dev.spindle.replay.hyperliquid.HlFixtures.book;
import static dev.spindle.replay.hyperliquid.HlFixtures.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.testing.TestData;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.input.Capture;
import dev.spindle.replay.input.Captures;
import dev.spindle.replay.input.HyperliquidCapture;
import dev.spindle.replay.input.InputFormat;

/** How Hyperliquid inputs are told apart from each other and from Binance ones, and named with --format. */
class HyperliquidInputsTest
{
    @TempDir
    Path dir;

    @Test
    void shouldDetectEachHyperliquidFormat() throws IOException
    {
        final String frame = book("BTC", 1, levels("100.0", "1.0", "1"), levels("101.0", "1.0", "1"));
        final Path archive = HlFixtures.writeLines(dir.resolve("BTC"), List.of(archiveLine(frame)));
        final Path hftbacktest = HlFixtures.writeLines(dir.resolve("btc.txt"), List.of("1000 " + frame));
        final Path session = dir.resolve("session");
        HlFixtures.writeLines(session.resolve("l2book.jsonl"), List.of(frame));
        HlFixtures.writeLines(session.resolve("l2book.recv"), List.of("1000"));

        assertEquals(InputFormat.HL_ARCHIVE, open(null, null, List.of(archive)).format());
        assertEquals(InputFormat.HL_HFTBACKTEST, open(null, null, List.of(hftbacktest)).format());
        assertEquals(InputFormat.HL_HFTBACKTEST,
            open(InputFormat.HFTBACKTEST, null, List.of(hftbacktest)).format(), "hftbacktest reads either venue");
        assertEquals(InputFormat.HL_SESSION, open(null, session, List.of()).format());
        assertEquals(InputFormat.HL_SESSION, open(InputFormat.SESSION, session, List.of()).format());
        assertEquals(InputFormat.HL_ARCHIVE, open(InputFormat.HL_ARCHIVE, null, List.of(archive)).format());
        assertTrue(open(null, null, List.of(TestData.require("hyperliquid/btcusd_20250126.gz")))
            instanceof HyperliquidCapture);
        assertEquals(InputFormat.HFTBACKTEST,
            open(null, null, List.of(TestData.require("binance-spot/ethusdt_20240808.gz"))).format());
    }

    @Test
    void shouldNameTheFlagAtFault() throws IOException
    {
        final Path binanceSession = dir.resolve("binance");
        HlFixtures.writeLines(binanceSession.resolve("diffs.jsonl"), List.of("{}"));
        HlFixtures.writeLines(binanceSession.resolve("diffs.recv"), List.of("1"));
        assertEquals("--session " + binanceSession + ": no l2book.jsonl: not a Hyperliquid session",
            assertThrows(ReplayException.class, () -> open(InputFormat.HL_SESSION, binanceSession, List.of()))
                .getMessage());
        assertEquals("--format hl-archive takes files: --input FILE...", assertThrows(ReplayException.class,
            () -> open(InputFormat.HL_ARCHIVE, null, List.of(dir))).getMessage());
        final Path ethusdt = TestData.require("binance-spot/ethusdt_20240808.gz");
        assertEquals("--format hl-session takes --session DIR", assertThrows(ReplayException.class,
            () -> open(InputFormat.HL_SESSION, null, List.of(ethusdt))).getMessage());
        assertEquals("--model counts needs a Hyperliquid capture (it reads the order counts n); hftbacktest " +
            "capture " + ethusdt + " is not one", assertThrows(ReplayException.class, () -> HlFixtures.run(
                new ReplayOptions().inputs(List.of(ethusdt)).model(ReplayOptions.Model.COUNTS))).getMessage());
    }

    private static Capture open(final InputFormat format, final Path session, final List<Path> inputs)
        throws IOException
    {
        return Captures.open(format, session, null, null, inputs);
    }
}
