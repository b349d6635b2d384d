package dev.spindle.tools.sim.binance.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.tools.sim.binance.book.Level;

class DepthMergerTest
{
    private static SimFrame diff(final long first, final long last, final long eventMs, final List<Level> bids,
        final List<Level> asks)
    {
        return SimFrame.depthFromPayload("ethusdt@depth@100ms", "ETHUSDT", 0, "{}", first, last, eventMs, bids, asks);
    }

    @Test
    void shouldMergeOneExchangeSecondIntoOneEvent()
    {
        final DepthMerger merger = new DepthMerger("ETHUSDT");
        assertNull(merger.offer(diff(11, 12, 5_100, List.of(new Level("10.0", "1.0")), List.of())));
        assertNull(merger.offer(diff(13, 15, 5_900, List.of(new Level("10.0", "2.0"), new Level("11.0", "1.0")),
            List.of(new Level("12.0", "0.0")))));
        final SimFrame merged = merger.offer(diff(16, 16, 6_000, List.of(), List.of(new Level("13.0", "1.0"))));

        assertEquals("ethusdt@depth", merged.stream());
        assertEquals("{\"e\":\"depthUpdate\",\"E\":5900,\"s\":\"ETHUSDT\",\"U\":11,\"u\":15," +
            "\"b\":[[\"11.0\",\"1.0\"],[\"10.0\",\"2.0\"]],\"a\":[[\"12.0\",\"0.0\"]]}", merged.payloadString());
        assertEquals(11, merged.firstUpdateId());
        assertEquals(15, merged.lastUpdateId());

        final SimFrame rest = merger.flush();
        assertEquals(16, rest.firstUpdateId());
        assertNull(merger.flush());
    }
}
