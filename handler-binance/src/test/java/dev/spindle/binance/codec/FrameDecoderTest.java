package dev.spindle.binance.codec;

import static dev.spindle.binance.codec.Frames.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.spindle.engine.testing.TestData;

class FrameDecoderTest
{
    private final FrameDecoder frames = new FrameDecoder(Frames.symbols(), 8);

    @Test
    void shouldDecodeACombinedSpotBookTickerWithoutEventType()
    {
        assertEquals(FrameType.BOOK_TICKER, decode("{\"stream\":\"ethusdt@bookTicker\",\"data\":{\"u\":35346513501," +
            "\"s\":\"ETHUSDT\",\"b\":\"2683.80000000\",\"B\":\"3.02920000\",\"a\":\"2683.81000000\",\"A\":\"31.43950000\"}}"));
        final BookTicker ticker = frames.bookTicker();
        assertEquals(0, ticker.symbolIndex());
        assertEquals(35346513501L, ticker.u());
        assertEquals(268380000000L, ticker.b());
        assertEquals(302920000L, ticker.B());
        assertEquals(268381000000L, ticker.a());
        assertEquals(3143950000L, ticker.A());
        assertEquals(0, ticker.E());
    }

    @Test
    void shouldDecodeAFuturesBookTicker()
    {
        assertEquals(FrameType.BOOK_TICKER, decode("{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\"," +
            "\"u\":5123107839020,\"s\":\"BTCUSDT\",\"b\":\"61800.20\",\"B\":\"2.507\",\"a\":\"61800.30\",\"A\":\"2.510\"," +
            "\"T\":1723161256313,\"E\":1723161256314}}"));
        final BookTicker ticker = frames.bookTicker();
        assertEquals(1, ticker.symbolIndex());
        assertEquals(61800_20000000L, ticker.b());
        assertEquals(250700000L, ticker.B());
        assertEquals(1723161256314L, ticker.E());
        assertEquals(1723161256313L, ticker.T());
    }

    @Test
    void shouldDecodeA2021TradeWithOrderIds() throws IOException
    {
        final byte[] frame = Files.readAllBytes(TestData.require("single-messages/ws_spot_trade.json"));
        assertEquals(FrameType.TRADE, frames.decode(frame, 0, frame.length));
        final Trade trade = frames.trade();
        assertEquals(0, trade.symbolIndex());
        assertEquals(705291099L, trade.t());
        assertEquals(4149_74000000L, trade.p());
        assertEquals(43870000L, trade.q());
        assertEquals(7038593583L, trade.b());
        assertEquals(7038593613L, trade.a());
        assertEquals(1639351062243L, trade.T());
        assertTrue(trade.m());
        assertFalse(trade.hasX());
    }

    @Test
    void shouldDecodeA2024TradeWithoutOrderIdsAndAFuturesOrderType()
    {
        assertEquals(FrameType.TRADE, decode("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1723161256322," +
            "\"T\":1723161256322,\"s\":\"BTCUSDT\",\"t\":5266583935,\"p\":\"61800.30\",\"q\":\"0.006\",\"X\":\"MARKET\"," +
            "\"m\":false}}"));
        final Trade trade = frames.trade();
        assertEquals(Trade.NO_ID, trade.b());
        assertEquals(Trade.NO_ID, trade.a());
        assertEquals(600000L, trade.q());
        assertEquals("MARKET", trade.X());
        assertFalse(trade.m());
    }

    @Test
    void shouldDecodeAnAggTradeSkippingNewFields() throws IOException
    {
        final byte[] frame = Files.readAllBytes(TestData.require("single-messages/ws_spot_agg_trade.json"));
        assertEquals(FrameType.AGG_TRADE, frames.decode(frame, 0, frame.length));
        final AggTrade trade = frames.aggTrade();
        assertEquals(226532L, trade.a());
        assertEquals(1632_46000000L, trade.p());
        assertEquals(34305000L, trade.q());
        assertEquals(228423L, trade.f());
        assertEquals(228423L, trade.l());
        assertFalse(trade.m());
    }

    @Test
    void shouldDecodeSubscriptionAndErrorReplies()
    {
        assertEquals(FrameType.RESULT, decode("{\"result\":null,\"id\":1}"));
        assertTrue(frames.reply().resultIsNull());
        assertEquals(1, frames.reply().id());
        assertFalse(frames.reply().isError());

        assertEquals(FrameType.RESULT, decode("{\"result\":[\"btcusdt@depth\"],\"id\":\"list-1\"}"));
        assertFalse(frames.reply().resultIsNull());
        assertEquals("list-1", frames.reply().idText());

        assertEquals(FrameType.RESULT, decode("{\"code\":2,\"msg\":\"Invalid request: unknown variant\",\"id\":7}"));
        assertTrue(frames.reply().isError());
        assertEquals(2, frames.reply().errorCode());
        assertEquals("Invalid request: unknown variant", frames.reply().errorMessage());
        assertEquals(7, frames.reply().id());
    }

    @Test
    void shouldDecodeServerShutdownRawAndCombined()
    {
        assertEquals(FrameType.SERVER_SHUTDOWN, decode("{\"e\":\"serverShutdown\",\"E\":1740000000000}"));
        assertEquals(1740000000000L, frames.serverShutdown().E());
        assertEquals(FrameType.SERVER_SHUTDOWN,
            decode("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":1740000000001}}"));
        assertEquals(1740000000001L, frames.serverShutdown().E());
    }

    @Test
    void shouldDecodeDepthInBothForms()
    {
        assertEquals(FrameType.DEPTH, decode("{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":5,\"u\":6," +
            "\"b\":[[\"1.5\",\"2\"]],\"a\":[]}"));
        assertEquals(1, frames.depthUpdate().symbolIndex());
        assertEquals(FrameType.DEPTH, decode("{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\"," +
            "\"E\":1,\"s\":\"ETHUSDT\",\"U\":7,\"u\":9,\"b\":[],\"a\":[[\"2\",\"0\"]]}}"));
        assertEquals(0, frames.depthUpdate().symbolIndex());
        assertEquals(9, frames.depthUpdate().u());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ethusdt@depth", "ethusdt@depth@100ms", "ethusdt@depth@1000ms", "btcusdt@depth@0ms"})
    void shouldTakeDiffDepthStreamsStraightToTheDepthDecoder(final String stream)
    {
        final String frame = "{\"stream\":\"" + stream + "\",\"data\":{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"" +
            stream.substring(0, 7).toUpperCase(java.util.Locale.ROOT) + "\",\"U\":7,\"u\":9,\"b\":[],\"a\":[]}}";
        assertTrue(FrameDecoder.isDiffDepthStream(bytes(frame), 0, frame.length()), stream);
        assertEquals(FrameType.DEPTH, decode(frame));
        assertEquals(9, frames.depthUpdate().u());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"stream\":\"ethusdt@depth5\",\"data\":{}}", "{\"stream\":\"ethusdt@depth20@100ms\",\"data\":{}}",
        "{\"stream\":\"ethusdt@depth@ms\",\"data\":{}}", "{\"stream\":\"ethusdt@depth@100\",\"data\":{}}",
        "{\"stream\":\"ethusdt@trade\",\"data\":{}}", "{\"stream\":\"ethusdt@depth", "{\"e\":\"depthUpdate\"}",
        "{\"stream\":\"ethusdt\",\"data\":{}}"})
    void shouldLeaveEveryOtherFrameToTheClassifyingWalk(final String frame)
    {
        assertFalse(FrameDecoder.isDiffDepthStream(bytes(frame), 0, frame.length()), frame);
    }

    @Test
    void shouldRejectAnotherKindOfPayloadOnADiffDepthStream()
    {
        final DecodeException ex = assertThrows(DecodeException.class, () -> decode(
            "{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"trade\",\"E\":1,\"s\":\"ETHUSDT\",\"t\":1," +
            "\"p\":\"1\",\"q\":\"1\"}}"));
        assertTrue(ex.getMessage().contains("depthUpdate"), ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"stream\":\"xrpusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":1,\"s\":\"XRPUSDT\",\"k\":{\"t\":1}}}",
        "{\"stream\":\"ethusdt@depth5\",\"data\":{\"lastUpdateId\":160,\"bids\":[[\"1\",\"2\"]],\"asks\":[]}}",
        "{}",
    })
    void shouldReportOtherKindsAsUnknown(final String frame)
    {
        assertEquals(FrameType.UNKNOWN, decode(frame));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Websocket connection established.",
        "{\"stream\":\"ethusdt@depth\",\"data\":{\"e\":\"depthUpdate\"",
        "{\"stream\":\"xrpusdt@bookTicker\",\"data\":{\"u\":1,\"s\":\"XRPUSDT\",\"b\":\"1\",\"B\":\"1\",\"a\":\"1\",\"A\":\"1\"}}",
        "{\"e\":\"trade\",\"s\":\"ETHUSDT\",\"t\":1,\"p\":\"1..2\",\"q\":\"1\"}",
        "{\"e\":\"serverShutdown\",\"E\":\"soon\"}",
        "{\"result\":null,\"id\":1",
    })
    void shouldRejectMalformedFramesWithoutCrashing(final String frame)
    {
        final DecodeException ex = assertThrows(DecodeException.class, () -> decode(frame));
        assertTrue(ex.getMessage().contains(" at byte "), ex.getMessage());
        assertNull(ex.getCause());
    }

    private FrameType decode(final String frame)
    {
        final byte[] bytes = bytes(frame);
        return frames.decode(bytes, 0, bytes.length);
    }
}
