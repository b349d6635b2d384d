package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class BinanceLiveConfigTest
{
    @Test
    void shouldBuildOneCombinedStreamUrlForEverySymbolAndStream()
    {
        final BinanceLiveConfig config = BinanceLiveConfig.builder()
            .symbols(List.of("btcusdt", " ETHusdt"))
            .wsUrl("ws://127.0.0.1:9000/")
            .restUrl("http://127.0.0.1:9001")
            .build();
        assertEquals(List.of("BTCUSDT", "ETHUSDT"), config.symbols());
        assertEquals("ws://127.0.0.1:9000/stream?streams=btcusdt@depth@100ms/btcusdt@trade/btcusdt@bookTicker/" +
            "ethusdt@depth@100ms/ethusdt@trade/ethusdt@bookTicker", config.combinedStreamUrl());
        assertEquals("http://127.0.0.1:9001/api/v3/depth?symbol=ETHUSDT&limit=1000",
            config.depthUri("ETHUSDT").toString());
        assertEquals(BinanceStream.DEPTH_100MS, config.depthStream());
        assertEquals(BinanceLiveConfig.DEFAULT_MAX_CONNECTION_AGE_MS, (23 * 60 + 50) * 60_000L);
    }

    @Test
    void shouldNameTheFlagOfEveryInvalidSetting()
    {
        assertRejected("--symbols", (b) -> b.symbols(List.of()));
        assertRejected("--symbols", (b) -> b.symbols(List.of("btc/usdt")));
        assertRejected("--symbols", (b) -> b.symbols(List.of("btcusdt", "BTCUSDT")));
        assertRejected("--streams", (b) -> b.streams(List.of(BinanceStream.TRADE)));
        assertRejected("--streams", (b) -> b.streams(List.of(BinanceStream.DEPTH, BinanceStream.DEPTH_100MS)));
        assertRejected("--ws-url", (b) -> b.wsUrl("https://stream.binance.com"));
        assertRejected("--ws-url", (b) -> b.wsUrl("ws://host/stream?streams=x"));
        assertRejected("--rest-url", (b) -> b.restUrl("api.binance.com"));
        assertRejected("--depth-limit", (b) -> b.depthLimit(5001));
        assertRejected("--stale-ms", (b) -> b.staleMs(50));
        assertRejected("--max-connection-age", (b) -> b.maxConnectionAgeMs(0));
    }

    @Test
    void shouldParseStreamsByTheirWireNames()
    {
        assertEquals(BinanceStream.BOOK_TICKER, BinanceStream.byWireName("bookTicker"));
        assertEquals(BinanceStream.DEPTH, BinanceStream.byWireName("depth"));
        final IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> BinanceStream.byWireName("bookticker"));
        assertTrue(error.getMessage().contains("depth@100ms, depth, trade, bookTicker"), error.getMessage());
    }

    private static void assertRejected(final String flag, final Consumer<BinanceLiveConfig.Builder> change)
    {
        final BinanceLiveConfig.Builder builder = BinanceLiveConfig.builder().symbols(List.of("btcusdt"));
        change.accept(builder);
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(error.getMessage().startsWith(flag + ": "), error.getMessage());
    }
}
