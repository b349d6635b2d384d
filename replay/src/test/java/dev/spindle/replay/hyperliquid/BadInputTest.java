package dev.spindle.replay.hyperliquid;

import static dev.spindle.replay.hyperliquid.HlFixtures.archiveLine;
import static dev.spindle.replay.hyperliquid.HlFixtures.book;
import static dev.spindle.replay.hyperliquid.HlFixtures.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.testing.TestData;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.input.InputFormat;

/** Damaged and mismatched Hyperliquid inputs: each fails with one line naming the file and line, or is skipped. */
class BadInputTest
{
    @TempDir
    Path dir;

    @Test
    void shouldSkipATornLastLineWithAWarning() throws IOException
    {
        final Path file = dir.resolve("BTC.jsonl");
        final String torn = archiveLine(book("BTC", 3, levels("100.0", "1.0", "1"), levels("101.0", "1.0", "1")));
        Files.writeString(file, archiveLine(book("BTC", 1, levels("100.0", "1.0", "1"), levels("101.0", "2.0", "2"))) +
            "\n" + archiveLine(book("BTC", 2, levels("100.0", "1.5", "2"), levels("101.0", "2.0", "2"))) + "\n" +
            torn.substring(0, 40), StandardCharsets.UTF_8);

        final HlFixtures.Run run = HlFixtures.run(new ReplayOptions().inputs(List.of(file)));

        assertEquals(2, run.result().diffsRead(), run.err());
        assertTrue(run.err().contains("WARN " + file + ":3: torn last line (40 bytes without newline) skipped"),
            run.err());
        assertEquals(1, run.result().warnings());
    }

    @Test
    void shouldNameFileAndLineOfAMalformedBookOrSkipIt() throws IOException
    {
        final Path file = HlFixtures.writeLines(dir.resolve("BTC.jsonl"), List.of(
            archiveLine(book("BTC", 1, levels("100.0", "1.0", "1"), levels("101.0", "2.0", "2"))),
            archiveLine(book("BTC", 2, levels("100.0", "x", "1"), levels("101.0", "2.0", "2"))),
            archiveLine(book("BTC", 3, levels("100.0", "3.0", "2"), levels("101.0", "2.0", "2")))));

        final ReplayException ex = assertThrows(ReplayException.class,
            () -> HlFixtures.run(new ReplayOptions().inputs(List.of(file))));
        assertTrue(ex.getMessage().startsWith(file + ":2: "), ex.getMessage());
        assertTrue(ex.getMessage().endsWith("(--skip-bad-lines skips such lines)"), ex.getMessage());

        final HlFixtures.Run run = HlFixtures.run(new ReplayOptions().inputs(List.of(file)).skipBadLines(true));
        assertEquals(2, run.result().diffsRead());
        assertEquals(1, run.result().skippedLines());
        assertTrue(run.err().contains("WARN " + file + ":2: "), run.err());
    }

    @Test
    void shouldNameFileAndLineOfALineThatIsNotAnArchiveLine() throws IOException
    {
        final Path file = HlFixtures.writeLines(dir.resolve("BTC.jsonl"), List.of(
            archiveLine(book("BTC", 1, levels("100.0", "1.0", "1"), levels("101.0", "2.0", "2"))),
            "garbage",
            archiveLine(book("BTC", 3, levels("100.0", "3.0", "2"), levels("101.0", "2.0", "2")))));

        final ReplayException ex = assertThrows(ReplayException.class,
            () -> HlFixtures.run(new ReplayOptions().inputs(List.of(file))));
        assertTrue(ex.getMessage().startsWith(file + ":2: not a Hyperliquid archive line: "), ex.getMessage());
        assertEquals(1, HlFixtures.run(new ReplayOptions().inputs(List.of(file)).skipBadLines(true)).result()
            .skippedLines());
    }

    @Test
    void shouldRefuseAFileOfAnotherCoin()
    {
        final Path archive = TestData.require("hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz");
        final ReplayException ex = assertThrows(ReplayException.class,
            () -> HlFixtures.run(new ReplayOptions().inputs(List.of(archive)).symbol("ETH")));
        assertEquals("no l2Book frames of ETH in Hyperliquid archive " + archive + ": it holds BTC " +
            "(choose with --symbol)", ex.getMessage());
    }

    @Test
    void shouldReplayTheChosenCoinOfACaptureHoldingTwo() throws IOException
    {
        final Path file = HlFixtures.writeLines(dir.resolve("two.txt"), List.of(
            "1000 " + book("BTC", 1, levels("100.0", "1.0", "1"), levels("101.0", "2.0", "2")),
            "1001 " + book("ETH", 1, levels("10.0", "1.0", "1"), levels("11.0", "2.0", "2")),
            "1002 " + book("BTC", 2, levels("100.0", "2.0", "2"), levels("101.0", "2.0", "2")),
            "1003 " + book("ETH", 2, levels("10.5", "1.0", "1"), levels("11.0", "2.0", "2")),
            "1004 " + book("ETH", 3, levels("10.5", "1.0", "1"), levels("11.0", "3.0", "3"))));

        final HlFixtures.Run first = HlFixtures.run(new ReplayOptions().inputs(List.of(file)));
        assertEquals("BTC", first.result().symbol());
        assertEquals(2, first.result().diffsRead());
        assertTrue(first.err().contains("also holds 3 frames of other coins; replayed BTC (choose with --symbol)"),
            first.err());

        final HlFixtures.Run eth = HlFixtures.run(new ReplayOptions().inputs(List.of(file)).symbol("ETH")
            .format(InputFormat.HL_HFTBACKTEST));
        assertEquals("ETH", eth.result().symbol());
        assertEquals(3, eth.result().diffsRead());
        assertEquals(2, eth.result().diffsApplied());
    }
}
