package dev.spindle.hyperliquid.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import org.junit.jupiter.api.Test;

import dev.spindle.capture.format.LineReader;
import dev.spindle.capture.format.RecordingFiles;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;

/** One hour of Hyperliquid's own BTC l2Book archive (5,587 snapshots, always 20/20 levels). */
class ArchiveReplayTest
{
    private static final String FILE = "hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz";

    @Test
    void shouldDeriveDiffsThatReproduceEverySnapshotOfTheHour() throws Exception
    {
        final Path file = TestData.require(FILE);
        final CoinTable coins = new CoinTable();
        final int btc = coins.add("BTC");
        final FrameDecoder decoder = new FrameDecoder(coins, 20, 64);
        final ArchiveLine archive = new ArchiveLine();
        final ReplayChecker checker = new ReplayChecker(coins.instrument(btc), btc);
        String lastRaw = null;
        long lines = 0;
        long previousLocalNs = 0;
        try (LineReader reader = RecordingFiles.openLines(file))
        {
            while (reader.next())
            {
                archive.unwrap(reader.buffer(), reader.offset(), reader.length());
                final int rawAt = archive.rawOffset();
                assertEquals(FrameType.L2_BOOK, decoder.decode(reader.buffer(), rawAt, archive.rawLength()));
                lastRaw = new String(reader.buffer(), rawAt, archive.rawLength(), StandardCharsets.UTF_8);
                checker.feed(decoder.l2Book(), JSON.parseObject(lastRaw).getJSONObject("data"),
                    archive.localTimeNs());
                assertFalse(archive.localTimeNs() < previousLocalNs, "receive times run forward");
                previousLocalNs = archive.localTimeNs();
                lines++;
            }
            assertFalse(reader.tornTail());
        }

        assertEquals(5_587, lines);
        final L2SnapshotDiffer differ = checker.differ();
        final SnapshotCounters c = differ.counters();
        assertEquals(5_587, c.received());
        assertEquals(1, c.loaded());
        assertEquals(536, c.identical(), "identical consecutive pairs");
        assertEquals(0, c.timeNotIncreasing(), "the archive's exchange time strictly increases");
        assertEquals(5_587 - 1 - 536, c.diffs());
        // Level moves counted independently (Python over the same file).
        assertEquals(9_709, c.added());
        assertEquals(6_789, c.changed());
        assertEquals(9_699, c.removed());
        assertEquals(3_180, c.beyondHorizon());
        assertEquals(3_170, c.enteredHorizon());
        assertEquals(5_587L * 40, checker.levelsChecked(), "every level rendered back exactly");
        assertEquals(BookState.LIVE, differ.state());
        assertFinalBookIs(differ.book(), JSON.parseObject(lastRaw).getJSONObject("data"));
        assertEquals(lastTime(lastRaw), differ.book().lastUpdateId());
    }

    private static long lastTime(final String raw)
    {
        return JSON.parseObject(raw).getJSONObject("data").getLongValue("time");
    }

    private static void assertFinalBookIs(final L2Book book, final JSONObject data)
    {
        final Instrument instrument = book.instrument();
        final JSONArray levels = data.getJSONArray("levels");
        for (final Side side : Side.values())
        {
            final JSONArray recorded = levels.getJSONArray(side == Side.BID ? 0 : 1);
            assertEquals(recorded.size(), book.depth(side));
            for (int i = 0; i < recorded.size(); i++)
            {
                final JSONObject level = recorded.getJSONObject(i);
                assertEquals(level.getString("px"), instrument.priceToString(book.priceAt(side, i)));
                assertEquals(level.getString("sz"), instrument.qtyToString(book.qtyAt(side, i)));
            }
        }
    }
}
