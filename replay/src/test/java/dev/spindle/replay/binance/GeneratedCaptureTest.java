package dev.spindle.replay.binance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.export.KryoToJsonl;

/**
 * Replays of captures made by the shared benchmark generator (2,000 diffs, seed 7; and its first 1,000 diffs,
 * whose final book is an independent checkpoint of the longer run).
 */
class GeneratedCaptureTest
{
    @TempDir
    static Path dir;

    private static Path full;
    private static Path half;

    @BeforeAll
    static void generate() throws IOException, InterruptedException
    {
        full = Fixtures.generate(dir.resolve("full"), 2000, 7);
        half = Fixtures.generate(dir.resolve("half"), 1000, 7);
    }

    @Test
    void shouldEndWithTheGeneratorsExpectedBookByteForByte() throws IOException
    {
        final Path book = dir.resolve("final-pair.json");
        final Fixtures.Run run = Fixtures.run(new ReplayOptions().snapshot(full.resolve("snapshot.json"))
            .diffs(full.resolve("diffs.jsonl")).model(ReplayOptions.Model.NONE).finalBook(book));

        assertArrayEquals(Files.readAllBytes(full.resolve("expected.json")), Files.readAllBytes(book));
        assertEquals(2020, run.result().diffsRead());
        assertEquals(2000, run.result().diffsApplied());
        assertEquals(20, run.result().diffsOld(), "the diffs before the snapshot");
        assertEquals(0, run.result().gaps());
    }

    @Test
    void shouldReadAnHftRsCaptureDirectoryAsItIs() throws IOException
    {
        final Path book = dir.resolve("final-dir.json");
        Fixtures.run(new ReplayOptions().session(full).model(ReplayOptions.Model.NONE).finalBook(book));

        assertArrayEquals(Files.readAllBytes(full.resolve("expected.json")), Files.readAllBytes(book));
    }

    @Test
    void shouldConvertKryoEventsToTheSameBytesAsTheJsonlExport() throws IOException
    {
        final Path jsonl = dir.resolve("events.jsonl");
        final Path kryo = dir.resolve("events.kryo");
        final Fixtures.Run direct = Fixtures.run(new ReplayOptions().session(full).model(ReplayOptions.Model.FIFO)
            .out(jsonl));
        Fixtures.run(new ReplayOptions().session(full).model(ReplayOptions.Model.FIFO).out(kryo)
            .outFormat(ReplayOptions.OutFormat.KRYO));
        final Path converted = dir.resolve("converted.jsonl");
        try (FileChannel out = FileChannel.open(converted, StandardOpenOption.CREATE, StandardOpenOption.WRITE))
        {
            assertEquals(direct.result().totalEvents(), KryoToJsonl.convert(kryo, out, false));
        }

        assertTrue(direct.result().totalEvents() > 50_000);
        assertEquals(Files.size(jsonl), direct.result().eventBytes());
        assertArrayEquals(Files.readAllBytes(jsonl), Files.readAllBytes(converted));
        assertTrue(Files.size(kryo) * 8 < Files.size(jsonl), "Kryo is compact: " + Files.size(kryo));
    }

    @Test
    void shouldWriteTheTopOfBookAfterEveryAppliedDiff() throws IOException
    {
        final Path tob = dir.resolve("tob.jsonl");
        final Fixtures.Run run = Fixtures.run(new ReplayOptions().session(full).model(ReplayOptions.Model.NONE)
            .tobOut(tob));

        final List<String> lines = Files.readAllLines(tob);
        assertEquals(run.result().diffsApplied(), lines.size());
        final JSONObject expected = JSON.parseObject(Files.readString(full.resolve("expected.json")));
        final JSONObject last = JSON.parseObject(lines.get(lines.size() - 1));
        assertEquals(expected.getLongValue("lastUpdateId"), last.getLongValue("u"));
        assertEquals(expected.getJSONArray("bids").get(0), last.getJSONArray("bid"));
        assertEquals(expected.getJSONArray("asks").get(0), last.getJSONArray("ask"));
    }

    @Test
    void shouldVerifyASessionAgainstItsCheckpoints() throws IOException
    {
        final Path session = session("verified", false);

        final Fixtures.Run run = Fixtures.run(new ReplayOptions().session(session).model(ReplayOptions.Model.NONE)
            .verify(true));

        assertTrue(run.result().verified(), run.err());
        assertEquals(2, run.result().checkpoints(), run.err());
        assertEquals(2, run.result().checkpointMatches(), run.err());
        assertTrue(run.err().contains("verify: checkpoints: 2 of 2 matched"), run.err());
    }

    @Test
    void shouldReportTheFirstLevelThatDiffersFromACheckpoint() throws IOException
    {
        final Path session = session("corrupt", true);

        final Fixtures.Run run = Fixtures.run(new ReplayOptions().session(session).model(ReplayOptions.Model.NONE)
            .verify(true));

        assertFalse(run.result().verified());
        assertEquals(1, run.result().checkpointMismatches());
        assertTrue(run.result().firstMismatch().contains("bid level 0 is "), run.result().firstMismatch());
        assertTrue(run.err().contains("verify: FAILED"), run.err());
    }

    @Test
    void shouldResyncFromTheNextCheckpointAfterAGap() throws IOException
    {
        final Path session = session("gap", false);
        final List<String> diffs = Files.readAllLines(session.resolve("diffs.jsonl"));
        diffs.remove(500);
        Fixtures.writeLines(session.resolve("diffs.jsonl"), diffs);
        Files.delete(session.resolve("diffs.recv"));
        final Path book = dir.resolve("final-resynced.json");

        final Fixtures.Run run = Fixtures.run(new ReplayOptions().session(session).model(ReplayOptions.Model.FIFO)
            .out(dir.resolve("gap-events.jsonl")).finalBook(book));

        assertEquals(1, run.result().gaps(), run.err());
        assertEquals(1, run.result().resyncs(), run.err());
        assertEquals(0, run.result().bridges(), run.err());
        assertTrue(run.err().contains("diffs.jsonl:501: gap in update ids after "), run.err());
        assertTrue(run.err().contains("resyncing from checkpoint"), run.err());
        assertArrayEquals(Files.readAllBytes(full.resolve("expected.json")), Files.readAllBytes(book));
        final String events = Files.readString(dir.resolve("gap-events.jsonl"));
        final String checkpointId = "\"sequence\":" + JSON.parseObject(Files.readString(half.resolve(
            "expected.json"))).getLongValue("lastUpdateId") + ",\"side\"";
        assertTrue(events.contains(checkpointId), "the queues are reseeded from the checkpoint");
    }

    @Test
    void shouldFailOnAGapUnderValidateSequenceNamingFileLineAndIds() throws IOException
    {
        final List<String> diffs = Files.readAllLines(full.resolve("diffs.jsonl"));
        final JSONObject removed = JSON.parseObject(diffs.remove(700));
        final JSONObject next = JSON.parseObject(diffs.get(700));
        final Path gapDiffs = Fixtures.writeLines(dir.resolve("gap-validate/diffs.jsonl"), diffs);

        final ReplayException ex = assertThrows(ReplayException.class, () -> Fixtures.run(new ReplayOptions()
            .snapshot(full.resolve("snapshot.json")).diffs(gapDiffs).model(ReplayOptions.Model.NONE)
            .validateSequence(true)));

        assertEquals(gapDiffs + ":701: gap in update ids after " + (removed.getLongValue("U") - 1) +
            ": expected U <= " + removed.getLongValue("U") + ", got U=" + next.getLongValue("U") + " (diff U=" +
            next.getLongValue("U") + " u=" + next.getLongValue("u") + ") (--validate-sequence)", ex.getMessage());
    }

    @Test
    void shouldCrossAGapLikeHftRsWhenTheCaptureHasNoLaterSnapshot() throws IOException
    {
        final List<String> diffs = Files.readAllLines(full.resolve("diffs.jsonl"));
        diffs.remove(700);
        final Path gapDiffs = Fixtures.writeLines(dir.resolve("gap-bridge/diffs.jsonl"), diffs);

        final Fixtures.Run run = Fixtures.run(new ReplayOptions().snapshot(full.resolve("snapshot.json"))
            .diffs(gapDiffs).model(ReplayOptions.Model.FIFO).out(dir.resolve("bridge-events.jsonl")));

        assertEquals(1, run.result().gaps());
        assertEquals(1, run.result().bridges());
        assertEquals(1999, run.result().diffsApplied(), "every diff but the lost one is applied");
        assertTrue(run.err().contains("continuing across the gap on the current book"), run.err());
        assertEquals(1, countSnapshotSequences(dir.resolve("bridge-events.jsonl")), "no reseeding on a bridge");
    }

    private static long countSnapshotSequences(final Path events) throws IOException
    {
        try (var lines = Files.lines(events))
        {
            return lines.filter(line -> line.contains("\"type\":\"snapshot\""))
                .map(line -> line.substring(0, line.indexOf(',')))
                .distinct()
                .count();
        }
    }

    /** A session of the full capture with two checkpoints: half-way (the shorter run's end) and at the end. */
    private static Path session(final String name, final boolean corruptHalf) throws IOException
    {
        final List<String> diffs = new ArrayList<>(Files.readAllLines(full.resolve("diffs.jsonl")));
        final Map<Long, String> checkpoints = new TreeMap<>();
        for (final Path run : List.of(half, full))
        {
            String book = Files.readString(run.resolve("expected.json"));
            final long id = JSON.parseObject(book).getLongValue("lastUpdateId");
            if (corruptHalf && run == half)
            {
                final JSONObject json = JSON.parseObject(book);
                json.getJSONArray("bids").getJSONArray(0).set(1, "123.00000000");
                book = json.toJSONString();
            }
            checkpoints.put(id, book);
        }
        return Fixtures.session(dir.resolve("sessions").resolve(name), "BTCUSDT",
            Files.readString(full.resolve("snapshot.json")), diffs, checkpoints);
    }
}
