package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.tools.sim.binance.book.Level;

@Timeout(60)
class BinanceSimSyntheticTest
{
    private static final Pattern EIGHT_DECIMALS = Pattern.compile("[0-9]+\\.[0-9]{8}");

    private static BinanceSimulator start(final double rate)
    {
        return BinanceSimulator.start(BinanceSimConfig.builder()
            .synthetic(List.of("btcusdt", "ethusdt"), rate, 42, 20).awaitFirstSubscriber(true).build());
    }

    @Test
    void shouldProduceContiguousChainsAndRestConsistentWithThemForTwoSymbols() throws Exception
    {
        try (BinanceSimulator sim = start(400);
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/stream?streams=" +
                "btcusdt@depth@100ms/ethusdt@depth@100ms/btcusdt@bookTicker/ethusdt@bookTicker/btcusdt@trade"))
        {
            final List<JSONObject> buffered = new ArrayList<>();
            for (int i = 0; i < 20; i++)
            {
                buffered.add(JSON.parseObject(client.next(5_000)));
            }
            final Map<String, ClientBook> books = new HashMap<>();
            books.put("BTCUSDT", new ClientBook(Rest.depth(sim, "BTCUSDT", 5000)));
            books.put("ETHUSDT", new ClientBook(Rest.depth(sim, "ETHUSDT", 5000)));
            final Map<String, Long> lastApplied = new HashMap<>();
            int tickersChecked = 0;
            long lastTradeId = -1;
            int trades = 0;
            for (int i = 0; books.get("BTCUSDT").applied() < 300 || books.get("ETHUSDT").applied() < 300; i++)
            {
                final JSONObject frame = i < buffered.size() ? buffered.get(i) : JSON.parseObject(client.next(5_000));
                final String stream = frame.getString("stream");
                final JSONObject data = frame.getJSONObject("data");
                final String symbol = data.getString("s");
                final ClientBook book = books.get(symbol);
                if (stream.endsWith("@depth@100ms"))
                {
                    assertDecimals(data.getJSONArray("b"));
                    assertDecimals(data.getJSONArray("a"));
                    if (book.apply(data))
                    {
                        lastApplied.put(symbol, book.updateId());
                        if (book.applied() % 100 == 0)
                        {
                            book.assertSameAs(sim.bookAt(symbol, book.updateId()), Integer.MAX_VALUE);
                        }
                    }
                }
                else if (stream.endsWith("@bookTicker") && lastApplied.containsKey(symbol))
                {
                    assertEquals(book.updateId(), data.getLongValue("u"), "bookTicker u is the last diff's u");
                    assertEquals(new Level(data.getString("b"), data.getString("B")), book.bestBid());
                    assertEquals(new Level(data.getString("a"), data.getString("A")), book.bestAsk());
                    tickersChecked++;
                }
                else if (stream.endsWith("@trade"))
                {
                    final long id = data.getLongValue("t");
                    assertTrue(lastTradeId < 0 || id == lastTradeId + 1, "trade ids are contiguous");
                    lastTradeId = id;
                    trades++;
                }
            }
            assertTrue(tickersChecked > 50, "bookTickers checked: " + tickersChecked);
            assertTrue(trades > 5, "trades seen: " + trades);
            final ClientBook btc = books.get("BTCUSDT");
            assertTrue(btc.removals() > 0 && btc.unknownRemovals() > 0,
                "removals " + btc.removals() + ", of unknown levels " + btc.unknownRemovals());
        }
    }

    @Test
    void shouldShowAGapToClientsWhenADepthFrameIsDropped() throws Exception
    {
        try (BinanceSimulator sim = start(200);
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/btcusdt@depth@100ms"))
        {
            long previousU = JSON.parseObject(client.next(5_000)).getLongValue("u");
            sim.dropNextDepth("btcusdt");
            int gaps = 0;
            long gapAt = 0;
            int afterGap = 0;
            for (int i = 0; i < 5_000 && afterGap < 50; i++)
            {
                final JSONObject diff = JSON.parseObject(client.next(5_000));
                if (diff.getLongValue("U") != previousU + 1)
                {
                    gaps++;
                    gapAt = previousU;
                    assertTrue(diff.getLongValue("U") > previousU + 1, "ids only jump forward");
                }
                else if (gaps > 0)
                {
                    afterGap++;
                }
                previousU = diff.getLongValue("u");
            }
            assertEquals(50, afterGap, "the chain goes on after the gap");
            assertEquals(1, gaps);
            assertEquals(1, sim.counters().depthDropped());

            // The venue's book moved on through the dropped event: a resync from REST is exact again.
            final ClientBook book = new ClientBook(Rest.depth(sim, "BTCUSDT", 1000));
            assertTrue(book.updateId() > gapAt);
            while (book.applied() < 20)
            {
                book.apply(JSON.parseObject(client.next(5_000)));
            }
            book.assertSameAs(sim.bookAt("BTCUSDT", book.updateId()), Integer.MAX_VALUE);
        }
    }

    @Test
    void shouldMergeDiffsIntoTheOneSecondDepthStream() throws Exception
    {
        try (BinanceSimulator sim = start(100);
            WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/ws/ethusdt@depth"))
        {
            final JSONObject first = JSON.parseObject(client.next(5_000));
            final ClientBook book = new ClientBook(Rest.depth(sim, "ETHUSDT", 100));
            book.apply(first);
            final JSONObject second = JSON.parseObject(client.next(5_000));
            final JSONObject third = JSON.parseObject(client.next(5_000));
            assertEquals(first.getLongValue("u") + 1, second.getLongValue("U"));
            assertTrue(second.getLongValue("u") - second.getLongValue("U") > 10, "a second merges many diffs");
            assertEquals(second.getLongValue("E") / 1000 + 1, third.getLongValue("E") / 1000, "one event a second");
            book.apply(second);
            book.apply(third);
            book.assertSameAs(sim.bookAt("ETHUSDT", book.updateId()), Integer.MAX_VALUE);
        }
    }

    private static void assertDecimals(final JSONArray levels)
    {
        for (int i = 0; i < levels.size(); i++)
        {
            final JSONArray level = levels.getJSONArray(i);
            assertTrue(EIGHT_DECIMALS.matcher(level.getString(0)).matches(), level.toString());
            assertTrue(EIGHT_DECIMALS.matcher(level.getString(1)).matches(), level.toString());
        }
    }
}
