package dev.spindle.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckpointScheduleTest
{
    @Test
    void shouldBeDueOncePerIntervalWithoutMakingUpMissedOnes()
    {
        final CheckpointSchedule schedule = new CheckpointSchedule(300_000, 1_000);

        assertFalse(schedule.isDue(300_999));
        assertTrue(schedule.isDue(301_000));
        assertFalse(schedule.isDue(301_001));
        assertEquals(601_000, schedule.nextDueEpochMs());
        assertTrue(schedule.isDue(2_000_000));
        assertFalse(schedule.isDue(2_000_001), "missed intervals are not made up");
        assertEquals(2_300_000, schedule.nextDueEpochMs());
    }

    @Test
    void shouldNeverBeDueWhenDisabled()
    {
        final CheckpointSchedule schedule = new CheckpointSchedule(0, 1_000);

        assertFalse(schedule.isDue(Long.MAX_VALUE / 2));
        assertEquals(Long.MAX_VALUE, schedule.nextDueEpochMs());
    }
}
