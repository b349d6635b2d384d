package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.testing.TestData;
import dev.spindle.tools.sim.binance.book.BookJson;

@Timeout(60)
class BinanceSimCryptofeedTest
{
    @Test
    void shouldServeAMultiSymbolCryptofeedRecording() throws Exception
    {
        final Path folder = TestData.require("binance-cryptofeed/rec-3525dc8");
        final RecordingFixture fixture = RecordingFixture.cryptofeed(folder);
        final Set<String> streams = new LinkedHashSet<>();
        for (final String symbol : fixture.snapshots.keySet())
        {
            final String lower = symbol.toLowerCase(Locale.ROOT);
            streams.add(lower + "@depth@100ms");
            streams.add(lower + "@bookTicker");
            streams.add(lower + "@aggTrade");
        }
        final List<RecordingFixture.Recorded> expected = fixture.served(streams);
        assertEquals(10, fixture.snapshots.size());

        try (BinanceSimulator sim = BinanceSimulator.start(BinanceSimConfig.builder()
            .cryptofeed(folder, "BINANCE").maxSpeed().awaitFirstSubscriber(true).build()))
        {
            assertEquals(fixture.snapshots.keySet(), sim.symbols());
            final Map<String, ClientBook> books = new HashMap<>();
            for (final String symbol : sim.symbols())
            {
                final String body = Rest.depth(sim, symbol, 5000);
                final JSONObject recorded = fixture.snapshots.get(symbol);
                assertEquals(recorded.getLongValue("lastUpdateId"), JSON.parseObject(body).getLongValue("lastUpdateId"));
                assertEquals(BookJson.parseLevels(recorded.getJSONArray("bids")),
                    BookJson.parseLevels(JSON.parseObject(body).getJSONArray("bids")), symbol + " bids as recorded");
                books.put(symbol, new ClientBook(body));
            }
            try (WsTestClient client = WsTestClient.connect(sim.wsUrl() + "/stream?streams=" + String.join("/", streams)))
            {
                final List<String> received = new ArrayList<>();
                for (int i = 0; i < expected.size(); i++)
                {
                    final String text = client.next(10_000);
                    received.add(text);
                    assertEquals(expected.get(i).line(), text, "frame " + i);
                    final JSONObject frame = JSON.parseObject(text);
                    if (frame.getString("stream").endsWith("@depth@100ms"))
                    {
                        final JSONObject data = frame.getJSONObject("data");
                        assertTrue(books.get(data.getString("s")).apply(data), "every served diff is new");
                    }
                }
                assertTrue(sim.awaitSourceEnd(Duration.ofSeconds(10)));
                for (final Map.Entry<String, ClientBook> e : books.entrySet())
                {
                    e.getValue().assertSameAs(sim.bookAt(e.getKey()), Integer.MAX_VALUE);
                }
                assertTrue(received.size() > 700, "frames: " + received.size());
            }
        }
    }
}
