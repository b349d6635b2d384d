package dev.spindle.replay.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.LevelChanges;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.BookLevels;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.L2Snapshot;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;
import dev.spindle.replay.input.Capture;
import dev.spindle.replay.input.Captures;
import dev.spindle.replay.input.InputFormat;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventSink;
import dev.spindle.replay.l3.PriceTicks;

/** One hour of Hyperliquid's own BTC l2Book archive: 5,587 snapshots, always 20/20 levels. */
class ArchiveHourReplayTest
{
    private static final String FILE = "hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz";
    private static final int MESSAGES = 5_587;
    private static final int IDENTICAL = 536;

    @TempDir
    Path dir;

    @Test
    void shouldRebuildTheHourAndEndOnTheLastMessageExactly() throws IOException
    {
        final Path archive = TestData.require(FILE);
        final Path finalBook = dir.resolve("final.json");
        final Path tob = dir.resolve("tob.jsonl");
        final Path events = dir.resolve("events.jsonl");
        final HlFixtures.Run run = HlFixtures.run(new ReplayOptions().inputs(List.of(archive)).finalBook(finalBook)
            .tobOut(tob).out(events).verify(true));
        final ReplayResult r = run.result();

        assertEquals(MESSAGES, r.diffsRead(), run.err());
        assertEquals(MESSAGES - 1 - IDENTICAL, r.diffsApplied());
        assertEquals(0, r.diffsOld(), "exchange time strictly increases");
        assertEquals("counts", r.model());
        assertTrue(run.err().contains("5,587 l2Book messages, 5,050 diffs, 536 identical snapshots, " +
            "0 non-increasing times"), run.err());
        assertEquals(MESSAGES, r.checkpoints(), "--verify checks every message against the rebuilt book");
        assertEquals(MESSAGES, r.checkpointMatches(), run.err());
        assertTrue(r.verified());

        final String lastRaw = lastLine(archive);
        final JSONObject last = JSON.parseObject(lastRaw).getJSONObject("raw").getJSONObject("data");
        HlFixtures.assertFinalBookIs(finalBook, last);
        assertEquals(last.getLongValue("time"), r.finalUpdateId());

        final List<String> tobLines = Files.readAllLines(tob);
        assertEquals(1 + r.diffsApplied(), tobLines.size(), "one line per load or applied diff");
        assertTrue(tobLines.get(tobLines.size() - 1).startsWith("{\"u\":" + last.getLongValue("time") + ","));

        assertEquals(r.totalEvents(), Files.readAllLines(events).size());
        assertEquals(0, r.events(EventKind.FILL), "the archive holds no trades: no fills");
        assertEquals(0, r.events(EventKind.UNDERFLOW));
        assertTrue(r.events(EventKind.CANCEL) > 0 && r.events(EventKind.NEW) > 0);
    }

    /**
     * An independent oracle holds the first snapshot and applies every derived diff; it must equal every later
     * snapshot (price, size, n) level by level, and the counts model's queues must hold exactly each snapshot's
     * sizes at every visible level, and no other level.
     */
    @Test
    void shouldReproduceEverySnapshotFromTheDerivedDiffs() throws IOException
    {
        final Capture capture = Captures.open(InputFormat.HL_ARCHIVE, null, null, null,
            List.of(TestData.require(FILE)));
        final CoinTable coins = new CoinTable();
        final int btc = coins.add("BTC");
        final FrameDecoder frames = new FrameDecoder(coins, 20, 64);
        final long[] events = new long[EventKind.count()];
        final EventSink sink = event -> events[event.kind().ordinal()]++;
        final CountsModel model = new CountsModel(new PriceTicks(CoinTable.PRICE_SCALE, 4), sink, null);
        final Oracle oracle = new Oracle(model);
        final L2SnapshotDiffer differ = new L2SnapshotDiffer(btc, new L2Book(coins.instrument(btc), 64), oracle);
        oracle.differ = differ;
        int messages = 0;
        try (RecordSource source = capture.depth(message -> { }, false))
        {
            while (source.next())
            {
                assertEquals(FrameType.L2_BOOK, frames.decode(source.buffer(), source.offset(), source.length()));
                final L2Snapshot snapshot = frames.l2Book();
                differ.onSnapshot(snapshot, snapshot.time() * 1_000_000L);
                messages++;
                oracle.assertShows(Side.BID, snapshot.bids(), snapshot.time());
                oracle.assertShows(Side.ASK, snapshot.asks(), snapshot.time());
                assertEquals(snapshot.bids().count() + snapshot.asks().count(), model.levels(),
                    "the model holds the visible levels only, at " + snapshot.time());
            }
        }
        assertEquals(MESSAGES, messages);
        assertEquals(IDENTICAL, differ.counters().identical(), "identical consecutive pairs");
        assertEquals(MESSAGES - 1 - IDENTICAL, oracle.diffs);
        assertEquals(differ.counters().beyondHorizon(), model.parkedLevels(), "every level beyond the view parked");
        assertEquals(differ.counters().enteredHorizon(), model.reseededLevels());
        assertEquals(0, events[EventKind.UNDERFLOW.ordinal()]);
        assertTrue(model.countMatches() > 0 && model.countMatches() <= model.countChecks());
    }

    private static String lastLine(final Path gzip) throws IOException
    {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gzip)))
        {
            final String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            return lines[lines.length - 1];
        }
    }

    /** Applies derived diffs to maps of {price -> {size, n}} and forwards them to the model. */
    private static final class Oracle implements SnapshotListener
    {
        private final Map<Long, long[]> bids = new TreeMap<>((a, b) -> Long.compare(b, a));
        private final Map<Long, long[]> asks = new TreeMap<>();
        private final CountsModel model;
        private L2SnapshotDiffer differ;
        private int diffs;

        Oracle(final CountsModel model)
        {
            this.model = model;
        }

        @Override
        public void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
        {
            load(bids, snapshot.bids());
            load(asks, snapshot.asks());
            model.load(differ);
        }

        @Override
        public void onDiff(final SnapshotDiff diff, final L2Book book)
        {
            diffs++;
            apply(bids, diff.bids());
            apply(asks, diff.asks());
            model.onDiff(diff, differ);
        }

        @Override
        public void onIdentical(final long previousTimeMs, final long timeMs)
        {
            model.onIdentical(timeMs, differ);
        }

        void assertShows(final Side side, final BookLevels levels, final long timeMs)
        {
            final Map<Long, long[]> map = side == Side.BID ? bids : asks;
            assertEquals(levels.count(), map.size(), side + " at " + timeMs);
            int i = 0;
            for (final Map.Entry<Long, long[]> level : map.entrySet())
            {
                assertEquals(levels.price(i), level.getKey(), side + " level " + i + " at " + timeMs);
                assertEquals(levels.size(i), level.getValue()[0], side + " level " + i + " at " + timeMs);
                assertEquals(levels.orders(i), level.getValue()[1], side + " level " + i + " at " + timeMs);
                assertEquals(levels.size(i), model.qtyAt(side, levels.price(i)), "queue total at " + timeMs);
                i++;
            }
        }

        private static void load(final Map<Long, long[]> map, final BookLevels levels)
        {
            map.clear();
            for (int i = 0; i < levels.count(); i++)
            {
                map.put(levels.price(i), new long[] {levels.size(i), levels.orders(i)});
            }
        }

        private static void apply(final Map<Long, long[]> map, final LevelChanges changes)
        {
            for (int i = 0; i < changes.count(); i++)
            {
                if (changes.kind(i).isAbsentAfter())
                {
                    assertNotNull(map.remove(changes.price(i)), "removed level was shown");
                }
                else
                {
                    map.put(changes.price(i), new long[] {changes.sizeAfter(i), changes.ordersAfter(i)});
                }
            }
        }
    }
}
