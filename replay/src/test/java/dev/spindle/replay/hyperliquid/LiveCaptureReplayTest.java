package dev.spindle.replay.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.Rotation;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.FileSummary;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.PartSummary;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.engine.testing.TestData;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.export.KryoToJsonl;
import dev.spindle.replay.l3.EventKind;

/**
 * The hftbacktest capture of Hyperliquid mainnet (25 s of BTC: 46 l2Book frames, the first sent twice, and 9 trades
 * frames, the first the 30-trade replay sent on subscribe), replayed as it is and as a spindle session holding the
 * same frames.
 */
class LiveCaptureReplayTest
{
    private static final String FILE = "hyperliquid/btcusd_20250126.gz";

    @TempDir
    Path dir;

    @Test
    void shouldReplayTheCaptureToItsLastBookWithFillsFromItsTrades() throws IOException
    {
        final Path capture = TestData.require(FILE);
        final Path finalBook = dir.resolve("final.json");
        final Path events = dir.resolve("events.jsonl");
        final HlFixtures.Run run = HlFixtures.run(new ReplayOptions().inputs(List.of(capture)).finalBook(finalBook)
            .out(events).verify(true));
        final ReplayResult r = run.result();

        assertEquals(46, r.diffsRead(), run.err());
        assertEquals(1, r.diffsOld(), "the repeated first book has the same time");
        assertEquals(44, r.diffsApplied());
        assertEquals(45, r.checkpointMatches(), "every book with a new time equals the rebuilt book");
        HlFixtures.assertFinalBookIs(finalBook, lastBook(frames(capture)));
        assertTrue(run.err().contains("64 trades read (0 repeats dropped, 30 before the first book)"), run.err());
        assertTrue(r.events(EventKind.FILL) > 0, "the live trades fill queued orders");
        assertEquals(0, r.events(EventKind.UNDERFLOW));
        assertEquals(r.totalEvents(), Files.readAllLines(events).size());
    }

    @Test
    void shouldWriteTheSameEventsAsKryo() throws IOException
    {
        final Path capture = TestData.require(FILE);
        final Path jsonl = dir.resolve("events.jsonl");
        final Path kryo = dir.resolve("events.kryo");
        HlFixtures.run(new ReplayOptions().inputs(List.of(capture)).out(jsonl));
        HlFixtures.run(new ReplayOptions().inputs(List.of(capture)).out(kryo)
            .outFormat(ReplayOptions.OutFormat.KRYO));
        final Path converted = dir.resolve("converted.jsonl");
        try (FileChannel out = FileChannel.open(converted, StandardOpenOption.CREATE, StandardOpenOption.WRITE))
        {
            KryoToJsonl.convert(kryo, out, false);
        }
        assertArrayEquals(Files.readAllBytes(jsonl), Files.readAllBytes(converted));
    }

    @Test
    void shouldRunTheVenueNeutralModelsOnTheDerivedDiffs()
    {
        final Path capture = TestData.require(FILE);
        for (final ReplayOptions.Model model : new ReplayOptions.Model[] {ReplayOptions.Model.FIFO,
            ReplayOptions.Model.TRADES})
        {
            final HlFixtures.Run run = HlFixtures.run(new ReplayOptions().inputs(List.of(capture)).model(model)
                .outChannel(Channels.newChannel(OutputStream.nullOutputStream())));
            assertEquals(model.name().toLowerCase(Locale.ROOT), run.result().model());
            assertTrue(run.result().events(EventKind.SNAPSHOT) == 40 && run.result().totalEvents() > 40, run.err());
            assertEquals(0, run.result().events(EventKind.UNDERFLOW));
        }
    }

    @Test
    void shouldReplayASessionOfTheSameFramesToTheSameBookAndEvents() throws IOException
    {
        final Path capture = TestData.require(FILE);
        final Path session = session(dir.resolve("capture/hyperliquid/BTC/20250126-191403"), "BTC",
            frames(capture));
        final Path fromFile = dir.resolve("file.jsonl");
        final Path fromSession = dir.resolve("session.jsonl");
        final Path bookFromFile = dir.resolve("file-book.json");
        final Path bookFromSession = dir.resolve("session-book.json");
        HlFixtures.run(new ReplayOptions().inputs(List.of(capture)).out(fromFile).finalBook(bookFromFile));
        final HlFixtures.Run run = HlFixtures.run(new ReplayOptions().session(session).out(fromSession)
            .finalBook(bookFromSession));

        assertEquals(46, run.result().diffsRead(), run.err());
        assertTrue(run.err().contains("from spindle Hyperliquid session"), run.err());
        assertArrayEquals(Files.readAllBytes(bookFromFile), Files.readAllBytes(bookFromSession));
        assertArrayEquals(Files.readAllBytes(fromFile), Files.readAllBytes(fromSession));
    }

    @Test
    void shouldRefuseASessionWhoseFramesAreOfAnotherCoin() throws IOException
    {
        final Path session = session(dir.resolve("capture/hyperliquid/ETH/20250126-191403"), "ETH",
            frames(TestData.require(FILE)));
        final ReplayException ex = assertThrows(ReplayException.class,
            () -> HlFixtures.run(new ReplayOptions().session(session)));
        assertEquals("no l2Book frames of ETH in spindle Hyperliquid session " + session.toAbsolutePath() +
            ": it holds BTC (choose with --symbol)", ex.getMessage());
    }

    /** @return the capture's lines as {@code [local_ns, frame]}. */
    private static List<String[]> frames(final Path capture) throws IOException
    {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(capture)))
        {
            final List<String[]> frames = new ArrayList<>();
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
            {
                final int space = line.indexOf(' ');
                frames.add(new String[] {line.substring(0, space), line.substring(space + 1)});
            }
            return frames;
        }
    }

    private static JSONObject lastBook(final List<String[]> frames)
    {
        JSONObject last = null;
        for (final String[] frame : frames)
        {
            final JSONObject json = JSON.parseObject(frame[1]);
            if ("l2Book".equals(json.getString("channel")))
            {
                last = json.getJSONObject("data");
            }
        }
        return last;
    }

    /** Write the frames as a Hyperliquid session: l2book and trades files with receive-time sidecars, metadata. */
    private static Path session(final Path dir, final String coin, final List<String[]> frames) throws IOException
    {
        final List<String> books = new ArrayList<>();
        final List<String> bookTimes = new ArrayList<>();
        final List<String> trades = new ArrayList<>();
        final List<String> tradeTimes = new ArrayList<>();
        for (final String[] frame : frames)
        {
            final boolean book = frame[1].startsWith("{\"channel\":\"l2Book\"");
            (book ? books : trades).add(frame[1]);
            (book ? bookTimes : tradeTimes).add(frame[0]);
        }
        HlFixtures.writeLines(dir.resolve("l2book.jsonl"), books);
        HlFixtures.writeLines(dir.resolve("l2book.recv"), bookTimes);
        HlFixtures.writeLines(dir.resolve("trades.jsonl"), trades);
        HlFixtures.writeLines(dir.resolve("trades.recv"), tradeTimes);
        final SessionMetadata metadata = new SessionMetadata(SessionLayout.FORMAT_VERSION, "test", "hyperliquid",
            coin, "20250126-191403", CaptureState.CLOSED, 1_737_918_843_000L, 1_737_918_870_000L,
            1_737_918_870_000L, 1000, Rotation.NONE, Compression.NONE, 0, SessionLayout.RECV_TIMES_DESCRIPTION, -1,
            -1, -1, 0,
            List.of(
                new FileSummary(FileKind.TRADES, trades.size(), 0, 0, 0,
                    List.of(new PartSummary(0, "trades.jsonl", "trades.recv", 1, trades.size(), 1_737_918_843_000L))),
                new FileSummary(FileKind.L2BOOK, books.size(), 0, 0, 0,
                    List.of(new PartSummary(0, "l2book.jsonl", "l2book.recv", 1, books.size(), 1_737_918_843_000L)))),
            List.of(), 0, List.of());
        Files.write(dir.resolve(SessionLayout.METADATA), MetadataCodec.toJson(metadata));
        return dir;
    }
}
