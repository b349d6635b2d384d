package dev.spindle.hyperliquid.codec;

import static dev.spindle.hyperliquid.codec.Frames.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.testing.TestData;

class L2BookDecoderTest
{
    private final CoinTable coins = Frames.coins();
    private final L2BookDecoder decoder = new L2BookDecoder(coins);
    private final L2Snapshot book = new L2Snapshot(20);

    @Test
    void shouldDecodeTheRecordedInfoBodyOfDydx() throws Exception
    {
        final byte[] body = Files.readAllBytes(TestData.require("hyperliquid/info_l2Book_DYDX_2023-07-17.json"));
        assertTrue(decoder.decodeInfoBody(body, 0, body.length, book));
        assertEquals(1, book.coinIndex());
        assertEquals(1689630203930L, book.time());
        assertEquals(20, book.bids().count());
        assertEquals(20, book.asks().count());
        final Instrument dydx = coins.instrument(1);
        assertEquals("2.111", dydx.priceToString(book.bids().price(0)));
        assertEquals("134.4", dydx.qtyToString(book.bids().size(0)));
        assertEquals("1.81", dydx.priceToString(book.bids().price(19)));
        assertEquals("1417.0", dydx.qtyToString(book.bids().size(4)));
        assertEquals("2.1518", dydx.priceToString(book.asks().price(19)));
        assertEquals(2, book.asks().orders(0));
    }

    @Test
    void shouldDecodeAPrettyPrintedBodyWithoutOrderCounts() throws Exception
    {
        final byte[] body = Files.readAllBytes(TestData.require("single-messages/http_l2_book_btc.json"));
        assertTrue(decoder.decodeInfoBody(body, 0, body.length, book));
        assertEquals(0, book.coinIndex());
        assertEquals(1761786491067L, book.time());
        assertEquals(5, book.bids().count());
        assertEquals(5, book.asks().count());
        assertEquals(Decimal.parse("110427.0", 8), book.bids().price(0));
        assertEquals(Decimal.parse("1.27191", 8), book.asks().size(4));
        assertEquals(BookLevels.NO_COUNT, book.asks().orders(4));
    }

    @Test
    void shouldReportANullBodyAsAnUnknownCoin()
    {
        final byte[] body = bytes(" null\n");
        assertFalse(decoder.decodeInfoBody(body, 0, body.length, book));
        assertEquals(CoinTable.NOT_FOUND, book.coinIndex());
    }

    @Test
    void shouldRejectAWrappedOrTrailingBody()
    {
        final byte[] wrapped = bytes("{\"channel\":\"l2Book\",\"data\":{}}");
        final DecodeException missing = assertThrows(DecodeException.class,
            () -> decoder.decodeInfoBody(wrapped, 0, wrapped.length, book));
        assertTrue(missing.getMessage().startsWith("l2Book body: book missing coin time levels"),
            missing.getMessage());
        final byte[] trailing = bytes("null null");
        assertThrows(DecodeException.class, () -> decoder.decodeInfoBody(trailing, 0, trailing.length, book));
    }
}
