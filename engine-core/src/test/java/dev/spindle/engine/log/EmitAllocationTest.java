package dev.spindle.engine.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.engine.testing.Allocations;
import dev.spindle.engine.testing.LogCapture;

@Timeout(60)
class EmitAllocationTest
{
    private static final int EMITS = 100_000;
    private static final String SOURCE = "binance:BTCUSDT";
    private static final StringBuilder TEXT = new StringBuilder("resync after gap");

    @Test
    void shouldAllocateNothingWhenEmittingAfterWarmUp()
    {
        try (LogCapture capture = LogCapture.start())
        {
            final EventProducer producer = capture.log().newProducer("binance", 1 << 16);
            Allocations.assertAllocatesNothing(() -> emitAll(producer));
            assertTrue(producer.published() > 0);
        }
    }

    private static void emitAll(final EventProducer producer)
    {
        for (int i = 0; i < EMITS; i++)
        {
            producer.emit(EventCode.SNAPSHOT_APPLIED, "bids", 1000, "asks", i);
            producer.emit(SOURCE, EventCode.GAP, "U", i);
            producer.emit(EventCode.RESYNC, TEXT);
            producer.claim(SOURCE, EventCode.STATE_CHANGE)
                .append("LIVE -> RESYNCING at ").append(i)
                .decimal("price", 6_512_345, 2)
                .arg("u", i)
                .commit();
        }
    }
}
