package dev.spindle.hyperliquid.codec;

import static dev.spindle.hyperliquid.codec.Frames.bytes;
import static dev.spindle.hyperliquid.codec.Frames.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.testing.Allocations;

class FrameDecoderTest
{
    private static final String ARCHIVE_BOOK =
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1704110399915," +
        "\"levels\":[[" + level("42727.0", "0.02265", 1) + "," + level("42723.0", "0.17828", 1) + "],[" +
        level("42729.0", "3.83257", 2) + "," + level("42731.0", "0.397", 2) + "]]}}";
    private static final String LIVE_BOOK = "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"levels\":[[" +
        "{\"n\":5,\"px\":\"105055.0\",\"sz\":\"3.03622\"},{\"n\":1,\"px\":\"105054.0\",\"sz\":\"0.1428\"}],[" +
        "{\"n\":13,\"px\":\"105056.0\",\"sz\":\"6.34472\"}]],\"time\":1737918843542}}";
    private static final String TRADES = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"hash\":" +
        "\"0xde477894bfb2b4eac0a8041c9228ca013100955485522c8e6e787dfa0077475b\",\"px\":\"105056.0\",\"side\":\"B\"," +
        "\"sz\":\"0.00219\",\"tid\":121451470284048,\"time\":1737918794873,\"users\":[" +
        "\"0xe9ed7e16612d676df804f5aecd16e1f9bf9ec9dd\",\"0x6802b4267f7f2bf7003dcf993c51542245b38329\"]}," +
        "{\"coin\":\"BTC\",\"hash\":\"0x0000000000000000000000000000000000000000000000000000000000000000\"," +
        "\"px\":\"105055.0\",\"side\":\"A\",\"sz\":\"0.00035\",\"tid\":199015583806854,\"time\":1737918797023}]}";

    private final FrameDecoder decoder = new FrameDecoder(Frames.coins(), 20, 4);

    private FrameType decode(final String frame)
    {
        final byte[] buf = bytes(frame);
        return decoder.decode(buf, 0, buf.length);
    }

    @Test
    void shouldDecodeABookInTheArchiveOrder()
    {
        assertEquals(FrameType.L2_BOOK, decode(ARCHIVE_BOOK));
        final L2Snapshot book = decoder.l2Book();
        assertEquals(0, book.coinIndex());
        assertEquals(1704110399915L, book.time());
        assertEquals(2, book.bids().count());
        assertEquals(Decimal.parse("42727.0", 8), book.bids().price(0));
        assertEquals(Decimal.parse("0.17828", 8), book.bids().size(1));
        assertEquals(2, book.asks().orders(1));
        assertEquals(Decimal.parse("0.397", 8), book.asks().size(1));
    }

    @Test
    void shouldDecodeABookInTheLiveOrder()
    {
        assertEquals(FrameType.L2_BOOK, decode(LIVE_BOOK));
        final L2Snapshot book = decoder.l2Book();
        assertEquals(1737918843542L, book.time());
        assertEquals(5, book.bids().orders(0));
        assertEquals(Decimal.parse("105054.0", 8), book.bids().price(1));
        assertEquals(Decimal.parse("6.34472", 8), book.asks().size(0));
        assertEquals(13, book.asks().orders(0));
    }

    @Test
    void shouldDecodeLevelsMetBeforeTheCoinAndDataBeforeTheChannel()
    {
        final String frame = "{\"data\":{\"levels\":[[" + level("2.111", "134.4", 1) + "],[" +
            level("2.1124", "352.3", 2) + "]],\"time\":7,\"coin\":\"DYDX\"},\"channel\":\"l2Book\"}";
        assertEquals(FrameType.L2_BOOK, decode(frame));
        assertEquals(1, decoder.l2Book().coinIndex());
        assertEquals(Decimal.parse("2.1124", 8), decoder.l2Book().asks().price(0));
        assertEquals(7, decoder.l2Book().time());
    }

    @Test
    void shouldSkipUnknownMembersAndBlanks()
    {
        final String frame = " { \"channel\" : \"l2Book\" , \"data\" : { \"coin\" : \"kPEPE\" , \"fast\" : true ," +
            " \"time\" : 1 , \"levels\" : [ [ { \"px\" : \"0.011\" , \"sz\" : \"5.0\" ," +
            " \"x\" : [1,{\"y\":null}] } ] ," +
            " [ ] ] , \"spread\" : \"0.1\" } } ";
        assertEquals(FrameType.L2_BOOK, decode(frame));
        assertEquals(2, decoder.l2Book().coinIndex());
        assertEquals(BookLevels.NO_COUNT, decoder.l2Book().bids().orders(0));
        assertEquals(0, decoder.l2Book().asks().count());
    }

    @Test
    void shouldDecodeTrades()
    {
        assertEquals(FrameType.TRADES, decode(TRADES));
        final Trades trades = decoder.trades();
        assertEquals(2, trades.count());
        assertEquals(Trades.BUY, trades.side(0));
        assertEquals(Trades.SELL, trades.side(1));
        assertEquals(Decimal.parse("105056.0", 8), trades.px(0));
        assertEquals(Decimal.parse("0.00035", 8), trades.sz(1));
        assertEquals(121451470284048L, trades.tid(0));
        assertEquals(1737918797023L, trades.time(1));
        assertEquals("0xde477894bfb2b4eac0a8041c9228ca013100955485522c8e6e787dfa0077475b", trades.hash(0));
        assertEquals("0x6802b4267f7f2bf7003dcf993c51542245b38329", trades.user(0, 1));
        assertEquals("", trades.user(1, 0));
        assertFalse(trades.isDuplicate(0));
    }

    @Test
    void shouldGrowForAFrameWithMoreTradesThanEver()
    {
        final StringBuilder frame = new StringBuilder("{\"channel\":\"trades\",\"data\":[");
        for (int i = 0; i < 30; i++)
        {
            frame.append(i == 0 ? "" : ",")
                .append("{\"coin\":\"BTC\",\"side\":\"A\",\"px\":\"1.5\",\"sz\":\"2.0\",\"time\":")
                .append(1000 + i).append(",\"tid\":").append(i).append('}');
        }
        assertEquals(FrameType.TRADES, decode(frame.append("]}").toString()));
        assertEquals(30, decoder.trades().count());
        assertEquals(1029, decoder.trades().time(29));
    }

    @Test
    void shouldDecodeSubscriptionResponses()
    {
        assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode("{\"channel\":\"subscriptionResponse\",\"data\":" +
            "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\",\"nSigFigs\":null," +
            "\"mantissa\":null}}}"));
        SubscriptionResponse ack = decoder.subscriptionResponse();
        assertTrue(ack.isSubscribe());
        assertEquals(SubscriptionType.L2_BOOK, ack.type());
        assertEquals(0, ack.coinIndex());
        assertEquals(SubscriptionResponse.NOT_SET, ack.nSigFigs());

        assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode("{\"channel\":\"subscriptionResponse\",\"data\":" +
            "{\"method\":\"unsubscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"DYDX\",\"nSigFigs\":5," +
            "\"mantissa\":2}}}"));
        ack = decoder.subscriptionResponse();
        assertFalse(ack.isSubscribe());
        assertEquals(1, ack.coinIndex());
        assertEquals(5, ack.nSigFigs());
        assertEquals(2, ack.mantissa());

        assertEquals(FrameType.SUBSCRIPTION_RESPONSE, decode("{\"channel\":\"subscriptionResponse\",\"data\":" +
            "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"candle\",\"coin\":\"SOL\",\"interval\":\"1m\"}}}"));
        assertEquals(SubscriptionType.OTHER, decoder.subscriptionResponse().type());
        assertEquals(CoinTable.NOT_FOUND, decoder.subscriptionResponse().coinIndex());
    }

    @Test
    void shouldDecodePongErrorGreetingAndUnknownChannels()
    {
        assertEquals(FrameType.PONG, decode("{\"channel\":\"pong\"}"));
        assertEquals(FrameType.ERROR, decode("{\"channel\":\"error\",\"data\":\"Error parsing JSON into valid " +
            "websocket request: {\\\"method\\\":\\\"subscribe\\\"}\"}"));
        assertEquals("Error parsing JSON into valid websocket request: {\\\"method\\\":\\\"subscribe\\\"}",
            decoder.error().message());
        assertEquals(FrameType.ERROR, decode("{\"channel\":\"error\",\"data\":{\"code\":1}}"));
        assertEquals("{\"code\":1}", decoder.error().message());
        assertEquals(FrameType.CONNECTION_ESTABLISHED, decode(FrameDecoder.GREETING));
        assertEquals(FrameType.UNKNOWN,
            decode("{\"channel\":\"bbo\",\"data\":{\"coin\":\"ETH\",\"bbo\":[null,null]}}"));
    }

    @Test
    void shouldMatchCoinsByExactBytes()
    {
        final String upper = ARCHIVE_BOOK.replace("\"BTC\"", "\"KPEPE\"");
        final DecodeException ex = assertThrows(DecodeException.class, () -> decode(upper));
        assertTrue(ex.getMessage().contains("unregistered coin 'KPEPE'"), ex.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Websocket connection established|neither a JSON object nor the greeting",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[{\"px\":\"1.0\"|truncated",
        "{\"data\":{}}|no channel",
        "{\"channel\":\"l2Book\"}|without data",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"levels\":[[],[]]}}|book missing time",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"ETH\",\"time\":1,\"levels\":[[],[]]}}|unregistered coin 'ETH'",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[]]}}|got one side",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[],[],[]]}}|more than two sides",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[{\"sz\":\"1.0\",\"n\":1}],[]]}}|" +
            "bid level 0: missing or negative px/sz",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[{\"px\":\"2.0\",\"sz\":\"1.0\"}," +
            "{\"px\":\"2.0\",\"sz\":\"1.0\"}],[]]}}|bids not strictly descending at level 1",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[]," +
            "[{\"px\":\"3.0\",\"sz\":\"1.0\"}," +
            "{\"px\":\"2.0\",\"sz\":\"1.0\"}]]}}|asks not strictly ascending at level 1",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1," +
            "\"levels\":[[{\"px\":\"1.123456789\",\"sz\":\"1.0\"}]," +
            "[]]}}|bad px: decimal '1.123456789' has more than 8 decimals",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[{\"px\":\"1.0\",\"sz\":\"0.0\"}]," +
            "[]]}}|bid level 0: zero px/sz",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[{\"px\":\"1.0\",\"sz\":\"1.0\"," +
            "\"n\":0}],[]]}}|bad order count 0",
        "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1.5,\"levels\":[[],[]]}}|expected an integer",
        "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"X\",\"px\":\"1.0\",\"sz\":\"1.0\",\"time\":1," +
            "\"tid\":2}]}|side must be",
        "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"1.0\",\"time\":1}]}|" +
            "trade 0 missing sz tid",
        "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"x\",\"sz\":\"1.0\",\"time\":1," +
            "\"tid\":2}]}|bad px",
        "{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"sub\",\"subscription\":{}}}|method must be",
        "{\"channel\":\"pong\"} x|unexpected content after the message",
    })
    void shouldRejectMalformedFramesWithAClearMessage(final String frame, final String expected)
    {
        final DecodeException ex = assertThrows(DecodeException.class, () -> decode(frame));
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
        assertTrue(ex.getMessage().startsWith("frame: "), ex.getMessage());
        assertEquals(FrameType.L2_BOOK, decode(ARCHIVE_BOOK), "the decoder recovers on the next frame");
        assertEquals(2, decoder.l2Book().bids().count());
    }

    @Test
    void shouldDecodeBooksAndTradesWithoutAllocating()
    {
        final byte[] archive = bytes(ARCHIVE_BOOK);
        final byte[] live = bytes(LIVE_BOOK);
        final byte[] trades = bytes(TRADES);
        final byte[] pong = bytes("{\"channel\":\"pong\"}");
        final byte[] greeting = bytes(FrameDecoder.GREETING);
        Allocations.assertAllocatesNothing(() ->
        {
            for (int i = 0; i < 1_000; i++)
            {
                decoder.decode(archive, 0, archive.length);
                decoder.decode(live, 0, live.length);
                decoder.decode(trades, 0, trades.length);
                decoder.decode(pong, 0, pong.length);
                decoder.decode(greeting, 0, greeting.length);
            }
        });
    }
}
