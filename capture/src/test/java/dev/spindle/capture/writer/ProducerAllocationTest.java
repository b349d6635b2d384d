package dev.spindle.capture.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.agrona.concurrent.SystemEpochClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.CaptureTesting;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.UpdateIdScanner;

/** The producer calls run on WS reader threads and the engine: after warm-up they must not allocate. */
class ProducerAllocationTest
{
    private static final int FRAMES = 20_000;

    @TempDir
    Path dir;

    @Test
    void shouldNotAllocatePerCallOnTheProducerPath()
    {
        final java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "per-thread allocation counter needed");
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        final CaptureConfig config = CaptureConfig.builder().captureDir(dir).session("s1").build(0);
        try (CaptureWriter writer = new CaptureWriter(
            config, CaptureListener.NONE, SystemEpochClock.INSTANCE, CaptureTesting.idle()))
        {
            final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
            final CaptureProducer producer = writer.newProducer("ws", 3 * FRAMES + 16);
            final byte[] frame = CaptureTesting.depthFrame(1, 2, 3);
            final StringBuilder detail = new StringBuilder("U 7 after u 3");

            run(producer, session, frame, detail, 20_000);
            final long before = threads.getCurrentThreadAllocatedBytes();
            run(producer, session, frame, detail, FRAMES);
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            assertTrue(allocated < 1_024, "producer path allocated " + allocated + " bytes for " + FRAMES + " calls");
            assertEquals(0, producer.dropped());
        }
    }

    private static void run(
        final CaptureProducer producer,
        final CaptureSession session,
        final byte[] frame,
        final StringBuilder detail,
        final int count)
    {
        for (int i = 0; i < count; i++)
        {
            producer.frame(session, FileKind.DIFFS, i, frame, 0, frame.length);
            if (0 == i % 100)
            {
                producer.ledger(session, FileKind.DIFFS, LedgerKind.GAP, 4, 6, i, detail);
            }
        }
    }
}
