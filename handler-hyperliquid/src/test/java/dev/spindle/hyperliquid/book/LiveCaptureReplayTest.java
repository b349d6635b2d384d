package dev.spindle.hyperliquid.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSON;

import org.junit.jupiter.api.Test;

import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;
import dev.spindle.hyperliquid.codec.Trades;

/**
 * The hftbacktest capture of Hyperliquid mainnet (25 s of BTC): 46 l2Book frames, the first sent twice with the
 * same time, and 9 trades frames, the first being the 30-trade replay sent on subscribe.
 */
class LiveCaptureReplayTest
{
    private static final String FILE = "hyperliquid/btcusd_20250126.gz";

    @Test
    void shouldDecodeEveryFrameIgnoreTheRepeatedFirstBookAndDedupeTheReplay()
    {
        final CoinTable coins = new CoinTable();
        final int btc = coins.add("BTC");
        final FrameDecoder decoder = new FrameDecoder(coins, 20, 64);
        final ReplayChecker checker = new ReplayChecker(coins.instrument(btc), btc);
        final TradeDeduplicator dedupe = new TradeDeduplicator(coins.size(), TradeDeduplicator.DEFAULT_WINDOW_TRADES);
        final List<byte[]> tradeFrames = new ArrayList<>();
        final List<Integer> freshPerFrame = new ArrayList<>();
        final int[] books = {0};
        HftbacktestRecording.read(List.of(TestData.require(FILE)), ReadOptions.STRICT, line ->
        {
            final FrameType type = decoder.decode(line.buffer(), line.offset(), line.length());
            if (type == FrameType.L2_BOOK)
            {
                books[0]++;
                checker.feed(decoder.l2Book(), JSON.parseObject(line.payloadString()).getJSONObject("data"),
                    line.localNs());
            }
            else
            {
                assertEquals(FrameType.TRADES, type, line.position());
                tradeFrames.add(line.payloadString().getBytes(StandardCharsets.UTF_8));
                freshPerFrame.add(dedupe.markDuplicates(decoder.trades()));
            }
        });

        assertEquals(46, books[0]);
        final SnapshotCounters c = checker.differ().counters();
        assertEquals(1, c.loaded());
        assertEquals(1, c.timeNotIncreasing(), "the repeated first book has the same time: ignored, not diffed");
        assertEquals(0, c.identical());
        assertEquals(44, c.diffs());
        assertEquals(List.of(30, 1, 1, 1, 1, 1, 7, 21, 1), freshPerFrame, "trades per frame, all new");
        assertEquals(46L * 40, checker.levelsChecked());

        // A reconnect replays the recent trades: every one is recognised.
        final byte[] replay = tradeFrames.get(0);
        decoder.decode(replay, 0, replay.length);
        final Trades trades = decoder.trades();
        assertEquals(30, trades.count());
        assertEquals(0, dedupe.markDuplicates(trades));
        for (int i = 0; i < trades.count(); i++)
        {
            assertTrue(trades.isDuplicate(i));
        }
        assertEquals(64, dedupe.fresh());
        assertEquals(30, dedupe.duplicates());
    }
}
