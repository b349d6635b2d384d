package dev.spindle.hyperliquid.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.testing.Allocations;

class TradeDeduplicatorTest
{
    @Test
    void shouldFlagEveryTradeOfAReplayedFrame()
    {
        final FrameDecoder decoder = new FrameDecoder(Frames.coins(), 20, 64);
        final StringBuilder replay = new StringBuilder("{\"channel\":\"trades\",\"data\":[");
        for (int i = 0; i < 30; i++)
        {
            replay.append(i == 0 ? "" : ",").append("{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"10.0\",\"sz\":\"1.0\",")
                .append("\"time\":").append(1_000 + i / 3).append(",\"tid\":").append(977 * i % 101).append('}');
        }
        final byte[] frame = Frames.bytes(replay.append("]}").toString());
        final TradeDeduplicator dedupe = new TradeDeduplicator(3, 64);

        decoder.decode(frame, 0, frame.length);
        assertEquals(30, dedupe.markDuplicates(decoder.trades()));
        decoder.decode(frame, 0, frame.length);
        assertEquals(0, dedupe.markDuplicates(decoder.trades()));
        for (int i = 0; i < 30; i++)
        {
            assertTrue(decoder.trades().isDuplicate(i));
        }
        assertEquals(30, dedupe.fresh());
        assertEquals(30, dedupe.duplicates());
    }

    @Test
    void shouldTellCoinsApartAndTradesOfTheSameMillisecond()
    {
        final TradeDeduplicator dedupe = new TradeDeduplicator(2, 16);
        assertTrue(dedupe.firstSeen(0, 5, 1));
        assertTrue(dedupe.firstSeen(1, 5, 1));
        assertTrue(dedupe.firstSeen(0, 5, 2));
        assertFalse(dedupe.firstSeen(0, 5, 1));
        assertTrue(dedupe.firstSeen(0, 4, 1), "an older trade never seen is new while the window holds its time");
    }

    @Test
    void shouldTreatTradesOlderThanTheForgottenOnesAsSeen()
    {
        final TradeDeduplicator dedupe = new TradeDeduplicator(1, 4);
        for (int t = 1; t <= 6; t++)
        {
            assertTrue(dedupe.firstSeen(0, t * 10, t));
        }
        assertEquals(4, dedupe.size());
        assertFalse(dedupe.firstSeen(0, 20, 2), "forgotten: judged by time");
        assertFalse(dedupe.firstSeen(0, 15, 99), "older than the forgotten ones: cannot be judged");
        assertEquals(2, dedupe.expired());
        assertFalse(dedupe.firstSeen(0, 30, 3), "still in the window");
        assertEquals(1, dedupe.duplicates());
    }

    @Test
    void shouldAgreeWithANaiveWindowOnRandomTraffic()
    {
        final int window = 50;
        final TradeDeduplicator dedupe = new TradeDeduplicator(4, window);
        final ArrayDeque<List<Long>> order = new ArrayDeque<>();
        final Set<List<Long>> kept = new HashSet<>();
        final long[] forgotten = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        final Random random = new Random(42);
        long now = 1_000;
        for (int n = 0; n < 200_000; n++)
        {
            now += random.nextInt(3);
            final int coin = random.nextInt(4);
            final long time = now - random.nextInt(40);
            final long tid = random.nextInt(8);
            final List<Long> key = List.of((long)coin, time, tid);
            final boolean expected = time > forgotten[coin] && !kept.contains(key);
            assertEquals(expected, dedupe.firstSeen(coin, time, tid), "trade " + n + " " + key);
            if (expected)
            {
                if (order.size() == window)
                {
                    final List<Long> oldest = order.removeFirst();
                    kept.remove(oldest);
                    final int c = oldest.get(0).intValue();
                    forgotten[c] = Math.max(forgotten[c], oldest.get(1));
                }
                order.addLast(key);
                kept.add(key);
            }
        }
        assertEquals(window, dedupe.size());
    }

    @Test
    void shouldJudgeWithoutAllocating()
    {
        final TradeDeduplicator dedupe = new TradeDeduplicator(2, 1024);
        final long[] clock = {0};
        Allocations.assertAllocatesNothing(() ->
        {
            for (int i = 0; i < 10_000; i++)
            {
                final long t = clock[0]++;
                dedupe.firstSeen(i & 1, t, t * 31);
                dedupe.firstSeen(i & 1, t, t * 31);
            }
        });
    }

    @Test
    void shouldRefuseAnEmptyWindow()
    {
        assertThrows(IllegalArgumentException.class, () -> new TradeDeduplicator(1, 0));
    }
}
