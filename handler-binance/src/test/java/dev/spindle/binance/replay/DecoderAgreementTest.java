package dev.spindle.binance.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.DepthUpdateDecoder;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.JsonReaderDepthDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.PriceLevels;
import dev.spindle.engine.testing.TestData;

/** The hand-written scanner and the fastjson2 JSONReader decoder must agree on every real depth frame. */
class DecoderAgreementTest
{
    @Test
    void shouldDecodeEveryRealDepthFrameIdenticallyWithBothDecoders()
    {
        final SymbolTable symbols = new SymbolTable();
        symbols.add(new Instrument("ETHUSDT", 8, 8));
        symbols.add(new Instrument("BTCUSDT", 8, 8));
        final FrameDecoder frames = new FrameDecoder(symbols, 16);
        final DepthUpdateDecoder scanner = new DepthUpdateDecoder(symbols);
        final JsonReaderDepthDecoder jsonReader = new JsonReaderDepthDecoder(symbols);
        final DepthUpdate byScanner = new DepthUpdate(16);
        final DepthUpdate byJsonReader = new DepthUpdate(16);
        final long[] compared = new long[1];

        HftbacktestRecording.read(List.of(
            TestData.require("binance-spot/ethusdt_20240808.gz"),
            TestData.require("binance-usdm/btcusdt_20240808.gz")), ReadOptions.STRICT, line ->
            {
                final byte[] buf = line.buffer();
                if (line.kind() == dev.spindle.capture.format.RecordedLine.Kind.WS_FRAME &&
                    frames.classify(buf, line.offset(), line.length()) == FrameType.DEPTH)
                {
                    scanner.decode(buf, line.offset(), line.length(), byScanner);
                    jsonReader.decode(buf, line.offset(), line.length(), byJsonReader);
                    assertSame(byScanner, byJsonReader, line.position());
                    compared[0]++;
                }
            });
        assertTrue(compared[0] > 3434 + 6000, "compared " + compared[0]);
    }

    private static void assertSame(final DepthUpdate expected, final DepthUpdate actual, final String where)
    {
        assertEquals(expected.toString(), actual.toString(), where);
        assertEquals(expected.E(), actual.E(), where);
        assertEquals(expected.T(), actual.T(), where);
        assertLevels(expected.b(), actual.b(), where);
        assertLevels(expected.a(), actual.a(), where);
    }

    private static void assertLevels(final PriceLevels expected, final PriceLevels actual, final String where)
    {
        assertEquals(expected.count(), actual.count(), where);
        for (int i = 0; i < expected.count(); i++)
        {
            assertEquals(expected.price(i), actual.price(i), where);
            assertEquals(expected.qty(i), actual.qty(i), where);
        }
    }
}
