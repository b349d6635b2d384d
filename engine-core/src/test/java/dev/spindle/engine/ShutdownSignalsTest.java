package dev.spindle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ShutdownSignalsTest
{
    @Test
    void shouldRunTheCloseActionOnceOnSigint() throws IOException, InterruptedException
    {
        final AtomicInteger runs = new AtomicInteger();
        try (ShutdownSignals signals = ShutdownSignals.install(runs::incrementAndGet))
        {
            assertFalse(signals.isShutdownRequested());
            final Process kill = new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid()))
                .inheritIO()
                .start();
            assertEquals(0, kill.waitFor());
            assertTrue(signals.await(10_000), "no SIGINT seen");
            assertTrue(signals.isShutdownRequested());
        }
        assertEquals(1, runs.get());
    }

    @Test
    void shouldRunTheCloseActionOnceOnCloseWhenNoSignalCame() throws InterruptedException
    {
        final AtomicInteger runs = new AtomicInteger();
        final ShutdownSignals signals = ShutdownSignals.install(runs::incrementAndGet);
        assertFalse(signals.await(20));
        signals.close();
        signals.close();
        assertEquals(1, runs.get());
        assertTrue(signals.await(0));
    }
}
