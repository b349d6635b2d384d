package dev.spindle.binance.codec;

import static dev.spindle.binance.codec.Frames.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.testing.TestData;

class DepthSnapshotDecoderTest
{
    private final SymbolTable symbols = Frames.symbols();
    private final DepthSnapshotDecoder decoder = new DepthSnapshotDecoder(symbols);
    private final DepthSnapshot out = new DepthSnapshot(4);

    @Test
    void shouldDecodeAPrettyPrintedSpotSnapshotBestFirst() throws IOException
    {
        final byte[] body = Files.readAllBytes(TestData.require("single-messages/http_spot_market_depth.json"));
        decoder.decode(1, body, 0, body.length, out);
        assertEquals(1, out.symbolIndex());
        assertEquals(14527958487L, out.lastUpdateId());
        assertEquals(10, out.bids().count());
        assertEquals(10, out.asks().count());
        assertEquals(60650_00000000L, out.bids().price(0));
        assertEquals(213000L, out.bids().qty(0));
        assertEquals(60650_01000000L, out.asks().price(0));
        assertEquals(8, out.priceDecimals());
        assertEquals(8, out.qtyDecimals());
    }

    @Test
    void shouldDecodeAFuturesSnapshotAndItsDisplayedDecimals()
    {
        final byte[] body = bytes("{\"lastUpdateId\":5123107852948,\"E\":1723161256501,\"T\":1723161256493," +
            "\"bids\":[[\"61800.20\",\"2.909\"],[\"61800.10\",\"0.696\"]],\"asks\":[[\"61800.30\",\"1.5\"]]}");
        decoder.decode(1, body, 0, body.length, out);
        assertEquals(5123107852948L, out.lastUpdateId());
        assertEquals(1723161256501L, out.E());
        assertEquals(1723161256493L, out.T());
        assertEquals(2, out.priceDecimals());
        assertEquals(3, out.qtyDecimals());
        assertEquals(290900000L, out.bids().qty(0));
    }

    @Test
    void shouldCheckTheSymbolOfACoinMarginedSnapshot()
    {
        final byte[] body = bytes("{\"lastUpdateId\":1,\"E\":2,\"T\":3,\"symbol\":\"BCHUSD_PERP\",\"pair\":\"BCHUSD\"," +
            "\"bids\":[[\"427.90\",\"169\"]],\"asks\":[]}");
        decoder.decode(2, body, 0, body.length, out);
        assertEquals(42790L, out.bids().price(0));
        assertEquals(169L, out.bids().qty(0));

        final DecodeException ex =
            assertThrows(DecodeException.class, () -> decoder.decode(1, body, 0, body.length, out));
        assertEquals(true, ex.getMessage().contains("snapshot for symbol 'BCHUSD_PERP', requested for BTCUSDT"),
            ex.getMessage());
    }

    @Test
    void shouldReportABinanceErrorBody()
    {
        final byte[] body = bytes("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
        final DecodeException ex =
            assertThrows(DecodeException.class, () -> decoder.decode(0, body, 0, body.length, out));
        assertEquals("depth snapshot for ETHUSDT: Binance error code -1121: Invalid symbol.", ex.getMessage());
    }

    @Test
    void shouldRejectATruncatedBody()
    {
        final byte[] body = bytes("{\"lastUpdateId\":1,\"bids\":[[\"1.0\",\"2.0\"],[\"1.1\"");
        assertThrows(DecodeException.class, () -> decoder.decode(0, body, 0, body.length, out));
        final byte[] noAsks = bytes("{\"lastUpdateId\":1,\"bids\":[]}");
        final DecodeException ex = assertThrows(DecodeException.class, () -> decoder.decode(0, noAsks, 0, noAsks.length,
            out));
        assertEquals(true, ex.getMessage().startsWith("depth snapshot: missing asks at byte"), ex.getMessage());
    }
}
