package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.tools.sim.DurationConverter;
import dev.spindle.tools.sim.SpeedConverter;

class FaultPlanTest
{
    @Test
    void shouldParseEveryScheduledFault()
    {
        final FaultPlan plan = FaultPlan.parse(List.of(
            "drop-every=1000", "disconnect-every=30s", "shutdown-every=5m", "rest-fail-every=10:429"));
        assertEquals(new FaultPlan(1000, Duration.ofSeconds(30), Duration.ofMinutes(5), 10, 429), plan);
        assertEquals(503, FaultPlan.parse(List.of("rest-fail-every=4")).restFailStatus());
    }

    @Test
    void shouldNameTheBadFaultSpec()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> FaultPlan.parse(List.of("drop-every=abc")));
        assertTrue(ex.getMessage().startsWith("--fault drop-every=abc: "), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse(List.of("explode=1")));
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse(List.of("rest-fail-every=1:200")));
    }

    @Test
    void shouldReadDurationsAndSpeeds()
    {
        assertEquals(Duration.ofMillis(250), DurationConverter.parse("250ms"));
        assertEquals(Duration.ofSeconds(20), DurationConverter.parse("20"));
        assertEquals(Duration.ofHours(24), DurationConverter.parse("24h"));
        assertThrows(IllegalArgumentException.class, () -> DurationConverter.parse("5 minutes"));
        assertEquals(Double.POSITIVE_INFINITY, new SpeedConverter().convert("max"));
        assertEquals(10.0, new SpeedConverter().convert("10"));
        assertThrows(IllegalArgumentException.class, () -> new SpeedConverter().convert("0"));
    }
}
