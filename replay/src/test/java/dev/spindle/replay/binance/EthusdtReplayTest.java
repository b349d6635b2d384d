package dev.spindle.replay.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.engine.testing.TestData;
import dev.spindle.replay.ReplayOptions;

/**
 * The real hftbacktest ETHUSDT spot capture, both files as one chain, checked three independent ways: every
 * bookTicker, a BigDecimal TreeMap rebuild of the final book, and a naive BigDecimal FIFO queue model that
 * writes hft-rs's event lines.
 */
class EthusdtReplayTest
{
    @TempDir
    static Path dir;

    private static List<Path> files;
    private static Oracle oracle;

    @BeforeAll
    static void rebuildIndependently() throws IOException
    {
        files = List.of(TestData.require("binance-spot/ethusdt_20240808.gz"),
            TestData.require("binance-spot/ethusdt_20240809.gz"));
        oracle = new Oracle(files);
    }

    @Test
    void shouldMatchEveryBookTickerAcrossBothFiles()
    {
        final Fixtures.Run run = Fixtures.run(new ReplayOptions().inputs(files).model(ReplayOptions.Model.NONE)
            .verify(true));

        assertEquals(6468, run.result().tickerCheckpoints(), run.err());
        assertEquals(6468, run.result().tickerMatches(), run.err());
        assertEquals(0, run.result().tickerMismatches(), run.err());
        assertEquals(0, run.result().gaps(), run.err());
        assertTrue(run.result().verified());
        assertTrue(run.err().contains("verify: bookTicker: 6,468 of 6,468 applied diffs matched"), run.err());
    }

    @Test
    void shouldEndWithTheBookOfANaiveRebuildLevelByLevel() throws IOException
    {
        final Path book = dir.resolve("final.json");
        Fixtures.run(new ReplayOptions().inputs(files).model(ReplayOptions.Model.NONE).finalBook(book));

        final JSONObject json = JSON.parseObject(Files.readString(book));
        assertEquals(oracle.lastUpdateId, json.getLongValue("lastUpdateId"));
        assertEquals(oracle.levels(oracle.bids), strings(json.getJSONArray("bids")));
        assertEquals(oracle.levels(oracle.asks), strings(json.getJSONArray("asks")));
    }

    @Test
    void shouldInferTheFifoEventsOfANaiveHftRsModel() throws IOException
    {
        final Path events = dir.resolve("fifo.jsonl");
        final Fixtures.Run run = Fixtures.run(new ReplayOptions().inputs(files).model(ReplayOptions.Model.FIFO)
            .out(events));

        final List<String> lines = Files.readAllLines(events);
        assertEquals(oracle.fifoEvents.size(), lines.size());
        for (int i = 0; i < lines.size(); i++)
        {
            assertEquals(oracle.fifoEvents.get(i), lines.get(i), "event " + i);
        }
        assertEquals(lines.size(), run.result().totalEvents());
    }

    @Test
    void shouldUseFrontByDefaultAndKeepEveryLevelEqualToItsOrders() throws IOException
    {
        final Path events = dir.resolve("trades.jsonl");
        final Fixtures.Run run = Fixtures.run(new ReplayOptions().inputs(files).out(events));

        assertEquals("front", run.result().model());
        assertTrue(run.result().events(dev.spindle.replay.l3.EventKind.CANCEL) > 0);
        assertTrue(run.result().events(dev.spindle.replay.l3.EventKind.FILL) > 0);
        assertEquals(0, run.result().events(dev.spindle.replay.l3.EventKind.UNDERFLOW));
        // Replaying the events order by order gives back the final book exactly.
        final Map<String, BigDecimal> totals = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(events))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                final JSONObject event = JSON.parseObject(line);
                final JSONObject kind = event.getJSONObject("kind");
                final String key = event.getString("side") + event.getLongValue("price_ticks");
                final BigDecimal qty = kind.getBigDecimal("qty");
                final boolean adds = "snapshot".equals(kind.getString("type")) || "new".equals(kind.getString("type"));
                totals.merge(key, adds ? qty : qty.negate(), BigDecimal::add);
            }
        }
        totals.values().removeIf(total -> total.signum() == 0);
        final Map<String, BigDecimal> expected = new HashMap<>();
        oracle.bids.forEach((price, level) -> expected.put("bid" + ticks(price), new BigDecimal(level[1])));
        oracle.asks.forEach((price, level) -> expected.put("ask" + ticks(price), new BigDecimal(level[1])));
        assertEquals(expected.size(), totals.size());
        expected.forEach((key, qty) -> assertEquals(0, qty.compareTo(totals.get(key)), key));
    }

    private static long ticks(final BigDecimal price)
    {
        return price.movePointRight(4).longValueExact();
    }

    private static List<List<String>> strings(final JSONArray levels)
    {
        final List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++)
        {
            final JSONArray level = levels.getJSONArray(i);
            out.add(List.of(level.getString(0), level.getString(1)));
        }
        return out;
    }

    /**
     * Naive, independent rebuild: BigDecimal TreeMaps for the book, an ArrayDeque of BigDecimal orders per level for
     * hft-rs's FIFO model, and hft-rs's JSON lines written with string concatenation.
     */
    private static final class Oracle
    {
        final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());
        final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();
        final Map<String, ArrayDeque<BigDecimal[]>> queues = new HashMap<>();
        final Map<String, Long> counters = new HashMap<>();
        final List<String> fifoEvents = new ArrayList<>();
        long lastUpdateId = -1;

        Oracle(final List<Path> files) throws IOException
        {
            final List<JSONObject> early = new ArrayList<>();
            for (final Path file : files)
            {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)))
                {
                    String line;
                    while ((line = reader.readLine()) != null)
                    {
                        final JSONObject json = JSON.parseObject(line.substring(line.indexOf(' ') + 1));
                        if (json.containsKey("lastUpdateId") && lastUpdateId < 0)
                        {
                            seed(json);
                            for (final JSONObject diff : early)
                            {
                                apply(diff);
                            }
                        }
                        else if (json.containsKey("data") &&
                            "depthUpdate".equals(json.getJSONObject("data").getString("e")))
                        {
                            if (lastUpdateId < 0)
                            {
                                early.add(json.getJSONObject("data"));
                            }
                            else
                            {
                                apply(json.getJSONObject("data"));
                            }
                        }
                    }
                }
            }
        }

        List<List<String>> levels(final TreeMap<BigDecimal, String[]> side)
        {
            final List<List<String>> out = new ArrayList<>();
            side.values().forEach(level -> out.add(List.of(level[0], level[1])));
            return out;
        }

        private void seed(final JSONObject snapshot)
        {
            lastUpdateId = snapshot.getLongValue("lastUpdateId");
            for (final String side : List.of("bids", "asks"))
            {
                final JSONArray levels = snapshot.getJSONArray(side);
                for (int i = 0; i < levels.size(); i++)
                {
                    final JSONArray level = levels.getJSONArray(i);
                    final BigDecimal qty = new BigDecimal(level.getString(1));
                    book(side).put(new BigDecimal(level.getString(0)), new String[] {level.getString(0),
                        level.getString(1)});
                    if (qty.signum() > 0)
                    {
                        final String sideName = side.equals("bids") ? "bid" : "ask";
                        final long ticks = ticks(new BigDecimal(level.getString(0)));
                        final String key = sideName + ticks;
                        counters.put(key, 1L);
                        queues.computeIfAbsent(key, k -> new ArrayDeque<>()).add(new BigDecimal[] {qty,
                            BigDecimal.ONE});
                        event(lastUpdateId, null, sideName, ticks, 1L, "\"type\":\"snapshot\",\"qty\":" + num(qty));
                    }
                }
            }
        }

        private void apply(final JSONObject diff)
        {
            if (diff.getLongValue("u") <= lastUpdateId)
            {
                return;
            }
            final long u = diff.getLongValue("u");
            final Long time = diff.containsKey("T") ? diff.getLong("T") : diff.getLong("E");
            for (final String side : List.of("b", "a"))
            {
                final JSONArray levels = diff.getJSONArray(side);
                for (int i = 0; i < levels.size(); i++)
                {
                    final JSONArray level = levels.getJSONArray(i);
                    final BigDecimal price = new BigDecimal(level.getString(0));
                    final BigDecimal qty = new BigDecimal(level.getString(1));
                    final TreeMap<BigDecimal, String[]> book = book(side.equals("b") ? "bids" : "asks");
                    if (qty.signum() == 0)
                    {
                        book.remove(price);
                    }
                    else
                    {
                        book.put(price, new String[] {level.getString(0), level.getString(1)});
                    }
                    fifo(u, time, side.equals("b") ? "bid" : "ask", ticks(price), qty);
                }
            }
            lastUpdateId = u;
        }

        private void fifo(final long u, final Long time, final String side, final long ticks, final BigDecimal qty)
        {
            final String key = side + ticks;
            final ArrayDeque<BigDecimal[]> queue = queues.get(key);
            if (queue == null)
            {
                if (qty.signum() > 0)
                {
                    counters.put(key, 1L);
                    queues.put(key, new ArrayDeque<>(List.<BigDecimal[]>of(new BigDecimal[] {qty, BigDecimal.ONE})));
                    event(u, time, side, ticks, 1L, "\"type\":\"new\",\"qty\":" + num(qty));
                }
                return;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (final BigDecimal[] order : queue)
            {
                total = total.add(order[0]);
            }
            final int cmp = qty.compareTo(total);
            if (cmp > 0)
            {
                final long counter = counters.merge(key, 1L, Long::sum);
                queue.add(new BigDecimal[] {qty.subtract(total), BigDecimal.valueOf(counter)});
                event(u, time, side, ticks, counter, "\"type\":\"new\",\"qty\":" + num(qty.subtract(total)));
            }
            else if (cmp < 0)
            {
                BigDecimal left = total.subtract(qty);
                final Iterator<BigDecimal[]> it = queue.iterator();
                while (left.signum() > 0 && it.hasNext())
                {
                    final BigDecimal[] order = it.next();
                    if (order[0].compareTo(left) > 0)
                    {
                        order[0] = order[0].subtract(left);
                        event(u, time, side, ticks, order[1].longValue(), "\"type\":\"fill\",\"qty\":" + num(left) +
                            ",\"remaining\":" + num(order[0]));
                        left = BigDecimal.ZERO;
                    }
                    else
                    {
                        it.remove();
                        event(u, time, side, ticks, order[1].longValue(), "\"type\":\"fill\",\"qty\":" +
                            num(order[0]) + ",\"remaining\":0.0");
                        left = left.subtract(order[0]);
                    }
                }
                if (qty.signum() == 0 || queue.isEmpty())
                {
                    queues.remove(key);
                }
            }
        }

        private void event(final long sequence, final Long time, final String side, final long ticks,
            final long counter, final String kind)
        {
            fifoEvents.add("{\"sequence\":" + sequence + (time == null ? "" : ",\"timestamp_ms\":" + time) +
                ",\"side\":\"" + side + "\",\"price_ticks\":" + ticks + ",\"order_id\":" +
                Long.toUnsignedString((ticks << 32) | counter) + ",\"kind\":{" + kind + "}}");
        }

        private TreeMap<BigDecimal, String[]> book(final String side)
        {
            return side.equals("bids") ? bids : asks;
        }

        private static String num(final BigDecimal value)
        {
            final String plain = value.stripTrailingZeros().toPlainString();
            return plain.indexOf('.') < 0 ? plain + ".0" : plain;
        }
    }
}
