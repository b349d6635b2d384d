package dev.spindle.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.spindle.engine.testing.Allocations;

class LatencyRecorderTest
{
    @Test
    void shouldAllocateNothingWhenRecording()
    {
        final LatencyRecorder recorder = new LatencyRecorder("feed");
        final Runnable records = () ->
        {
            for (int i = 0; i < 100_000; i++)
            {
                recorder.record(LatencyStage.RECV_TO_DEQUEUE, i);
                recorder.record(LatencyStage.DECODE, 300 + i);
                recorder.record(LatencyStage.APPLY, 1_000_000L * i);
                recorder.record(LatencyStage.RECV_TO_APPLIED, -i);
            }
        };
        Allocations.assertAllocatesNothing(records);
        assertEquals(0, recorder.swapInterval(LatencyStage.DECODE).getTotalCount() % 100_000);
    }

    @Test
    void shouldClampValuesOutsideTheTrackableRange()
    {
        final LatencyRecorder recorder = new LatencyRecorder("feed");
        recorder.record(LatencyStage.DECODE, -5);
        recorder.record(LatencyStage.DECODE, Long.MAX_VALUE);

        final Histogram interval = recorder.swapInterval(LatencyStage.DECODE);
        assertEquals(2, interval.getTotalCount());
        assertEquals(0, interval.getMinValue());
        assertEquals(true, interval.valuesAreEquivalent(LatencyRecorder.HIGHEST_TRACKABLE_NS, interval.getMaxValue()));
        assertEquals(2, recorder.total(LatencyStage.DECODE).getTotalCount());
        assertEquals(0, recorder.swapInterval(LatencyStage.DECODE).getTotalCount());
    }
}
