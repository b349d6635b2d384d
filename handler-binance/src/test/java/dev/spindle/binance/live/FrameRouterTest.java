package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.book.Instrument;

class FrameRouterTest
{
    private final SymbolTable symbols = new SymbolTable();
    private final FrameRouter router;

    FrameRouterTest()
    {
        symbols.add(new Instrument("BTCUSDT", 8, 8));
        symbols.add(new Instrument("ETHUSDT", 8, 8));
        router = new FrameRouter(symbols);
    }

    @Test
    void shouldRouteADepthFrameWithItsFirstAndFinalIds()
    {
        assertTrue(route("{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1723161254183," +
            "\"s\":\"ETHUSDT\",\"U\":40123401,\"u\":40123409,\"b\":[[\"2683.80000000\",\"1.0\"]],\"a\":[]}}"));
        assertEquals(1, router.symbolIndex);
        assertEquals(BinanceStream.DEPTH_100MS, router.stream);
        assertEquals(40123401, router.firstId);
        assertEquals(40123409, router.lastId);
        assertFalse(router.serverShutdown);
    }

    @Test
    void shouldRouteTheOneSecondDepthStreamToo()
    {
        assertTrue(route("{\"stream\":\"btcusdt@depth\",\"data\":{\"e\":\"depthUpdate\",\"U\":5,\"u\":7}}"));
        assertEquals(BinanceStream.DEPTH, router.stream);
        assertEquals(0, router.symbolIndex);
    }

    @Test
    void shouldRouteATradeByItsTradeIdNotItsTradeTime()
    {
        assertTrue(route("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\"," +
            "\"t\":12345,\"p\":\"0.001\",\"q\":\"100\",\"T\":1723161254183,\"m\":true,\"M\":true}}"));
        assertEquals(BinanceStream.TRADE, router.stream);
        assertEquals(12345, router.firstId);
        assertEquals(12345, router.lastId);
    }

    @Test
    void shouldRouteABookTickerByItsUpdateId()
    {
        assertTrue(route("{\"stream\":\"ethusdt@bookTicker\",\"data\":{\"u\":400900217,\"s\":\"ETHUSDT\"," +
            "\"b\":\"25.35190000\",\"B\":\"31.21000000\",\"a\":\"25.36520000\",\"A\":\"40.66000000\"}}"));
        assertEquals(BinanceStream.BOOK_TICKER, router.stream);
        assertEquals(400900217, router.lastId);
    }

    @Test
    void shouldRecogniseServerShutdownWithoutRoutingIt()
    {
        assertFalse(route("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":1}}"));
        assertTrue(router.serverShutdown);
    }

    @Test
    void shouldLeaveEverythingElseUnrouted()
    {
        assertFalse(route("{\"result\":null,\"id\":1}"));
        assertFalse(route("{\"stream\":\"xrpusdt@trade\",\"data\":{\"e\":\"trade\",\"t\":1}}"));
        assertFalse(route("{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\"}}"));
        assertFalse(route("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\"}}"));
        assertFalse(route("{\"stream\":\"btcusdt@depth\",\"data\":{\"U\":9,\"u\":3}}"));
        assertFalse(route("{\"stream\":\"btcusdt@trade"));
        assertFalse(route("{\"e\":\"trade\",\"t\":1}"));
        assertEquals(FrameRouter.UNROUTED, router.symbolIndex);
        assertFalse(router.serverShutdown);
    }

    private boolean route(final String frame)
    {
        final byte[] bytes = ("xx" + frame + "yy").getBytes(StandardCharsets.US_ASCII);
        return router.route(bytes, 2, bytes.length - 4);
    }
}
