package dev.spindle.tools.sim.binance.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.tools.sim.binance.source.StreamNames;

class StreamPathTest
{
    private static StreamPath parse(final String path)
    {
        return StreamPath.parse(path, StreamNames::isStandard);
    }

    @Test
    void shouldReadRawAndCombinedPaths()
    {
        assertEquals(new StreamPath(false, List.of("ethusdt@depth@100ms")), parse("/ws/ethusdt@depth@100ms"));
        assertEquals(new StreamPath(false, List.of("ethusdt@trade", "btcusdt@bookTicker")),
            parse("/ws/ethusdt@trade/btcusdt@bookTicker"));
        assertEquals(new StreamPath(false, List.of()), parse("/ws"));
        assertEquals(new StreamPath(true, List.of("ethusdt@depth", "ethusdt@aggTrade")),
            parse("/stream?streams=ethusdt@depth/ethusdt%40aggTrade"));
        assertEquals(new StreamPath(true, List.of()), parse("/stream"));
    }

    @Test
    void shouldRefuseUnknownPathsStreamsAndTimeUnit()
    {
        assertThrows(IllegalArgumentException.class, () -> parse("/api/v3/depth"));
        assertThrows(IllegalArgumentException.class, () -> parse("/ws/ETHUSDT@trade"));
        assertThrows(IllegalArgumentException.class, () -> parse("/ws/ethusdt@depth5"));
        assertThrows(IllegalArgumentException.class, () -> parse("/stream?streams=ethusdt@trade&timeUnit=MICROSECOND"));
    }

    @Test
    void shouldTellDiffDepthStreamsApart()
    {
        assertEquals(true, StreamNames.isDiffDepth("ethusdt@depth"));
        assertEquals(true, StreamNames.isDiffDepth("btcusdt@depth@0ms"));
        assertEquals(false, StreamNames.isDiffDepth("ethusdt@depth5@100ms"));
        assertEquals(false, StreamNames.isDiffDepth("ethusdt@bookTicker"));
        assertEquals("ETHUSDT", StreamNames.symbolOf("ethusdt@kline_1m"));
    }
}
