package dev.spindle.replay.binance;

import static dev.spindle.replay.binance.Fixtures.diff;
import static dev.spindle.replay.binance.Fixtures.levels;
import static dev.spindle.replay.binance.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;

/** Damaged and mismatched inputs: each is a warning or one clear error line. */
class BadInputTest
{
    private static final String SNAPSHOT = snapshot(100, levels("100.00000000", "1.00000000"),
        levels("101.00000000", "2.00000000"));

    @TempDir
    Path dir;

    @Test
    void shouldWarnAboutATornLastLineAndReplayTheRest() throws IOException
    {
        final List<String> diffs = diffs(5);
        final Path diffsFile = Fixtures.write(dir.resolve("diffs.jsonl"),
            String.join("\n", diffs) + "\n" + diffs.get(0).substring(0, 30));

        final Fixtures.Run run = Fixtures.run(pair(diffsFile));

        assertEquals(5, run.result().diffsApplied());
        assertEquals(1, run.result().warnings());
        assertTrue(run.err().contains("WARN " + diffsFile + ":6: torn last line (30 bytes without newline) skipped"),
            run.err());
    }

    @Test
    void shouldFailOnAMalformedLineInTheMiddleNamingFileAndLine() throws IOException
    {
        final List<String> diffs = diffs(5);
        diffs.set(2, diffs.get(2).replace("\"u\":103", "\"u\":1x3"));
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs);

        final ReplayException ex = assertThrows(ReplayException.class, () -> Fixtures.run(pair(diffsFile)));

        assertTrue(ex.getMessage().startsWith(diffsFile + ":3: depthUpdate: "), ex.getMessage());
        assertTrue(ex.getMessage().endsWith("(--skip-bad-lines skips such lines)"), ex.getMessage());
    }

    @Test
    void shouldSkipAndCountMalformedLinesWhenAsked() throws IOException
    {
        final List<String> diffs = diffs(5);
        diffs.add(3, "{\"e\":\"depthUpdate\",\"U\":");
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs);

        final Fixtures.Run run = Fixtures.run(pair(diffsFile).skipBadLines(true));

        assertEquals(1, run.result().skippedLines());
        assertEquals(5, run.result().diffsApplied());
        assertTrue(run.err().contains(diffsFile + ":4: depthUpdate: "), run.err());
    }

    @Test
    void shouldFailWithoutASnapshot() throws IOException
    {
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs(3));
        final Path hftbacktest = Fixtures.writeLines(dir.resolve("capture.txt"),
            List.of("1717000000000000000 " + diffs(1).get(0)));

        final ReplayException pair = assertThrows(ReplayException.class,
            () -> Fixtures.run(new ReplayOptions().diffs(diffsFile)));
        final ReplayException inline = assertThrows(ReplayException.class,
            () -> Fixtures.run(new ReplayOptions().inputs(List.of(hftbacktest))));

        assertEquals("missing snapshot: --diffs needs --snapshot FILE (the REST depth snapshot the diffs continue)",
            pair.getMessage());
        assertEquals("missing snapshot: hftbacktest capture " + hftbacktest + " holds no depth snapshot to " +
            "rebuild BTCUSDT from", inline.getMessage());
    }

    @Test
    void shouldFailOnASnapshotOfAnotherSymbolOrTime() throws IOException
    {
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs(3));
        final Path newer = Fixtures.write(dir.resolve("newer.json"), snapshot(987_654_321, levels("5.0", "1.0"),
            levels("6.0", "1.0")));
        final Path older = Fixtures.write(dir.resolve("older.json"), snapshot(7, levels("5.0", "1.0"),
            levels("6.0", "1.0")));

        final ReplayException ahead = assertThrows(ReplayException.class, () -> Fixtures.run(
            new ReplayOptions().snapshot(newer).diffs(diffsFile)));
        final ReplayException behind = assertThrows(ReplayException.class, () -> Fixtures.run(
            new ReplayOptions().snapshot(older).diffs(diffsFile)));

        assertEquals("no diff follows the snapshot: all 3 diffs end at or before its lastUpdateId 987654321 " +
            "(last u=103); the snapshot is of another symbol or later than the diffs", ahead.getMessage());
        assertEquals(diffsFile + ":1: snapshot lastUpdateId 7 is too old for the diffs: the first diff after it " +
            "starts at U=101; the capture misses the updates in between, or the snapshot is of another symbol or " +
            "time", behind.getMessage());
    }

    @Test
    void shouldNameThePriceAndFlagWhenThePrecisionIsTooSmall() throws IOException
    {
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs(2));

        final ReplayException ex = assertThrows(ReplayException.class, () -> Fixtures.run(pair(diffsFile)
            .model(ReplayOptions.Model.FIFO).pricePrecision(1).out(dir.resolve("events.jsonl"))));

        assertEquals(diffsFile + ":1: price 100.01 has 2 decimals, more than --price-precision 1 keeps; use " +
            "--price-precision 2", ex.getMessage());
    }

    @Test
    void shouldNameTheLineOfALaterDiffTheModelRefuses() throws IOException
    {
        // The model runs on its own thread, behind the book: its complaint about the third diff must still name
        // that diff's line, and the replay must stop with it.
        final List<String> lines = new ArrayList<>(diffs(2));
        lines.add(diff(103, 103, 1_717_000_000_300L, levels("100.001", "0.5"), levels("101.00000000", "1.0")));
        for (int id = 104; id < 200; id++)
        {
            lines.add(diff(id, id, 1_717_000_000_000L + id * 100, levels("100.02", "0.5"), levels("101.0", "1.0")));
        }
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), lines);

        final ReplayException ex = assertThrows(ReplayException.class, () -> Fixtures.run(pair(diffsFile)
            .model(ReplayOptions.Model.FIFO).pricePrecision(2).out(dir.resolve("events.jsonl"))));

        assertEquals(diffsFile + ":3: price 100.001 has 3 decimals, more than --price-precision 2 keeps; use " +
            "--price-precision 3", ex.getMessage());
    }

    @Test
    void shouldFailOnAnUnreadableSnapshotFile() throws IOException
    {
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs(2));
        final Path bad = Fixtures.write(dir.resolve("bad.json"), "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");

        final ReplayException ex = assertThrows(ReplayException.class, () -> Fixtures.run(
            new ReplayOptions().snapshot(bad).diffs(diffsFile)));

        assertTrue(ex.getMessage().startsWith(bad + ":1: depth snapshot for BTCUSDT: Binance error code -1121"),
            ex.getMessage());
    }

    /** Hostile diffs files: each fails with one line naming the file, and the first line at fault if any. */
    enum BadDiffs
    {
        EMPTY("diffs.jsonl", new byte[0], ": no lines to read"),
        BINARY_GARBAGE("diffs.jsonl", new byte[] {0, (byte)0xff, 'x', '\n', (byte)0xc3, 0x28, '\n'},
            ":1 begins '\\x00\\xffx'"),
        NOT_GZIP("diffs.jsonl.gz", ascii("{\"e\":\"depthUpdate\"}\n"), ":1 begins '{\"e\":\"depthUpdate\"}'"),
        GZIP_HEADER_ONLY("diffs.jsonl.gz", new byte[] {0x1f, (byte)0x8b, 8, 0, 0}, ": no lines to read"),
        NUL_LINE("diffs.jsonl", new byte[] {0, 0, '\n'}, ":1 begins '\\x00\\x00'"),
        WRONG_FORMAT("diffs.jsonl", ascii("[1,2,3]\n{}\n"), "2 line(s), none a depthUpdate frame");

        final String name;
        final byte[] bytes;
        final String why;

        BadDiffs(final String name, final byte[] bytes, final String why)
        {
            this.name = name;
            this.bytes = bytes;
            this.why = why;
        }

        private static byte[] ascii(final String text)
        {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    @ParameterizedTest
    @EnumSource(BadDiffs.class)
    void shouldRejectAHostileDiffsFileWithOneLineNamingIt(final BadDiffs bad) throws IOException
    {
        final Path diffsFile = Files.write(dir.resolve(bad.name), bad.bytes);

        final ReplayException ex = assertThrows(ReplayException.class, () -> Fixtures.run(pair(diffsFile)));

        assertTrue(ex.getMessage().contains(diffsFile.toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains(bad.why), ex.getMessage());
        assertEquals(1, ex.getMessage().lines().count(), ex.getMessage());
    }

    private ReplayOptions pair(final Path diffsFile) throws IOException
    {
        final Path snapshot = Fixtures.write(dir.resolve("snapshot.json"), SNAPSHOT);
        return new ReplayOptions().snapshot(snapshot).diffs(diffsFile).model(ReplayOptions.Model.NONE);
    }

    /** @return {@code count} linked diffs after snapshot 100: U = u = 101, 102, ... */
    private static List<String> diffs(final int count)
    {
        final List<String> diffs = new ArrayList<>();
        for (int i = 1; i <= count; i++)
        {
            diffs.add(diff(100 + i, 100 + i, 1_717_000_000_000L + i * 100,
                levels("100.0" + (i % 10), "0.5" + i), levels("101.00000000", i + ".00000000")));
        }
        return diffs;
    }

    @Test
    void shouldTellAnHftRsDiffsFileFromAnHftbacktestCapture() throws IOException
    {
        final Path diffsFile = Fixtures.writeLines(dir.resolve("diffs.jsonl"), diffs(2));

        final ReplayException ex = assertThrows(ReplayException.class,
            () -> Fixtures.run(new ReplayOptions().inputs(List.of(diffsFile))));

        assertEquals("--input " + diffsFile + ": lines are not '<local_ns> <json>' (hftbacktest); for an hft-rs " +
            "diffs file give --snapshot FILE --diffs FILE", ex.getMessage());
        assertTrue(Files.exists(diffsFile));
    }
}
