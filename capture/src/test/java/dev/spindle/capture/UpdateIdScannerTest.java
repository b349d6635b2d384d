package dev.spindle.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UpdateIdScannerTest
{
    private static long first(final String frame)
    {
        final byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        return UpdateIdScanner.BINANCE_DEPTH.firstId(bytes, 0, bytes.length);
    }

    private static long last(final String frame)
    {
        final byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        return UpdateIdScanner.BINANCE_DEPTH.lastId(bytes, 0, bytes.length);
    }

    @Test
    void shouldFindIdsInCombinedStreamFrame()
    {
        final String frame = "{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1723161255308," +
            "\"s\":\"ETHUSDT\",\"U\":35346513499,\"u\":35346513505,\"b\":[],\"a\":[]}}";

        assertEquals(35346513499L, first(frame));
        assertEquals(35346513505L, last(frame));
        assertEquals(FileKind.DIFFS, UpdateIdScanner.BINANCE_DEPTH.kind());
    }

    @Test
    void shouldFindIdsInRawPayloadWithSpaces()
    {
        assertEquals(7, first("{\"U\" : 7, \"u\": 9, \"pu\":6}"));
        assertEquals(9, last("{\"U\" : 7, \"u\": 9, \"pu\":6}"));
    }

    @Test
    void shouldAnswerMinusOneWhenAbsent()
    {
        assertEquals(-1, first("{\"result\":null,\"id\":1}"));
        assertEquals(-1, last("{\"u\":\"x\"}"));
        assertEquals(-1, last("{\"u\""));
        assertEquals(-1, UpdateIdScanner.NONE.lastId(new byte[0], 0, 0));
    }

    @Test
    void shouldStayWithinTheGivenRange()
    {
        final byte[] bytes = "xx{\"u\":12345}".getBytes(StandardCharsets.UTF_8);

        assertEquals(12, UpdateIdScanner.BINANCE_DEPTH.lastId(bytes, 2, 7));
        assertEquals(-1, UpdateIdScanner.BINANCE_DEPTH.lastId(bytes, 4, 9));
    }
}
