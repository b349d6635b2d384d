package dev.spindle.binance.codec;

import static dev.spindle.binance.codec.Frames.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.spindle.engine.testing.TestData;

class DepthUpdateDecoderTest
{
    private static final String SPOT_RAW = "{\"e\":\"depthUpdate\",\"E\":1723161255308,\"s\":\"ETHUSDT\"," +
        "\"U\":35346513499,\"u\":35346513505,\"b\":[[\"2683.80000000\",\"3.02920000\"],[\"2679.00000000\"," +
        "\"0.00000000\"]],\"a\":[[\"2733.70000000\",\"0.00000000\"]]}";

    private final SymbolTable symbols = Frames.symbols();
    private final DepthUpdateDecoder scanner = new DepthUpdateDecoder(symbols);
    private final JsonReaderDepthDecoder jsonReader = new JsonReaderDepthDecoder(symbols);
    private final DepthUpdate out = new DepthUpdate(2);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldDecodeARawSpotDiff(final boolean handWritten)
    {
        decode(handWritten, SPOT_RAW);
        assertSpot();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldDecodeACombinedStreamSpotDiff(final boolean handWritten)
    {
        decode(handWritten, "{\"stream\":\"ethusdt@depth@100ms\",\"data\":" + SPOT_RAW + "}");
        assertSpot();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldDecodeAPrettyPrintedFuturesDiffIgnoringUnknownFields(final boolean handWritten) throws IOException
    {
        final byte[] frame = Files.readAllBytes(TestData.require("single-messages/ws_futures_depth_update.json"));
        if (handWritten)
        {
            scanner.decode(frame, 0, frame.length, out);
        }
        else
        {
            jsonReader.decode(frame, 0, frame.length, out);
        }
        assertEquals(1, out.symbolIndex());
        assertEquals(1571889248277L, out.E());
        assertEquals(1571889248276L, out.T());
        assertEquals(390497796L, out.U());
        assertEquals(390497878L, out.u());
        assertEquals(390497794L, out.pu());
        assertEquals(5, out.b().count());
        assertEquals(7403_89000000L, out.b().price(0));
        assertEquals(200000L, out.b().qty(0));
        assertEquals(7407_20000000L, out.a().price(4));
        assertEquals(17500000L, out.a().qty(4));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldDecodeLevelsAtTheSymbolsScales(final boolean handWritten)
    {
        decode(handWritten, "{\"stream\":\"bchusd_perp@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1," +
            "\"T\":2,\"s\":\"BCHUSD_PERP\",\"ps\":\"BCHUSD\",\"U\":10,\"u\":12,\"pu\":9,\"b\":[[\"427.27\",\"0\"]," +
            "[\"427.53\",\"260\"]],\"a\":[]}}");
        assertEquals(2, out.symbolIndex());
        assertEquals(42727L, out.b().price(0));
        assertEquals(0L, out.b().qty(0));
        assertEquals(260L, out.b().qty(1));
        assertEquals(0, out.a().count());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldReuseTheTargetAndGrowItsLevels(final boolean handWritten)
    {
        decode(handWritten, SPOT_RAW);
        decode(handWritten, "{\"e\":\"depthUpdate\",\"s\":\"BTCUSDT\",\"U\":5,\"u\":5,\"b\":[],\"a\":[[\"1.0\"," +
            "\"2\"],[\"1.1\",\"3\"],[\"1.2\",\"4\"]]}");
        assertEquals(1, out.symbolIndex());
        assertEquals(0, out.b().count());
        assertEquals(3, out.a().count());
        assertEquals(DepthUpdate.NO_PU, out.pu());
        assertEquals(0, out.E());
    }

    @org.junit.jupiter.api.Test
    void shouldParseLevelsThatPrecedeTheSymbol()
    {
        decode(true, "{\"e\":\"depthUpdate\",\"U\":1,\"u\":2,\"b\":[[\"0.5\",\"1\"]],\"a\":[],\"s\":\"ethusdt\"}");
        assertEquals(0, out.symbolIndex());
        assertEquals(50000000L, out.b().price(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"e\":\"depthUpdate\"",
        "{\"e\":\"trade\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"u\":2,\"b\":[],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"XRPUSDT\",\"U\":1,\"u\":2,\"b\":[],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":3,\"u\":2,\"b\":[],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1.0\"]],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1.0\",\"2x\"]],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1.000000001\",\"2\"]],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1\",\"-2\"]],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[[\"99999999999999\",\"1\"]],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1.5,\"u\":2,\"b\":[],\"a\":[]}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[],\"a\":[]} trailing",
        "{\"stream\":\"btcusdt@depth\",\"data\":{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[],\"a\":[]}}",
        "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[],\"a\":[] \"x\":1}",
    })
    void shouldRejectMalformedFramesWithAClearMessage(final String frame)
    {
        final DecodeException ex = assertThrows(DecodeException.class, () -> decode(true, frame));
        assertTrue(ex.getMessage().startsWith("depthUpdate: "), ex.getMessage());
        assertTrue(ex.getMessage().contains(" at byte "), ex.getMessage());
    }

    @org.junit.jupiter.api.Test
    void shouldNameTheBadValueInTheMessage()
    {
        final DecodeException ex = assertThrows(DecodeException.class, () -> decode(true,
            "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":1,\"u\":2,\"b\":[[\"2683.8O\",\"1\"]],\"a\":[]}"));
        assertTrue(ex.getMessage().contains("bad price: decimal '2683.8O' unexpected character at position 6"),
            ex.getMessage());
        final DecodeException unknown = assertThrows(DecodeException.class, () -> decode(true,
            "{\"stream\":\"xrpusdt@depth\",\"data\":{}}"));
        assertTrue(unknown.getMessage().contains("unregistered symbol in stream 'xrpusdt@depth'"),
            unknown.getMessage());
    }

    private void decode(final boolean handWritten, final String frame)
    {
        final byte[] bytes = bytes("  " + frame + "  ");
        if (handWritten)
        {
            scanner.decode(bytes, 2, bytes.length - 4, out);
        }
        else
        {
            jsonReader.decode(bytes, 2, bytes.length - 4, out);
        }
    }

    private void assertSpot()
    {
        assertEquals(0, out.symbolIndex());
        assertEquals(1723161255308L, out.E());
        assertEquals(0, out.T());
        assertEquals(35346513499L, out.U());
        assertEquals(35346513505L, out.u());
        assertEquals(DepthUpdate.NO_PU, out.pu());
        assertEquals(2, out.b().count());
        assertEquals(268380000000L, out.b().price(0));
        assertEquals(302920000L, out.b().qty(0));
        assertEquals(267900000000L, out.b().price(1));
        assertEquals(0L, out.b().qty(1));
        assertEquals(1, out.a().count());
        assertEquals(273370000000L, out.a().price(0));
    }
}
