package dev.spindle.tools.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaultInjectorTest
{
    private static final long SECOND_NS = 1_000_000_000L;

    private final List<String> calls = new ArrayList<>();
    private final FaultTarget target = new FaultTarget()
    {
        @Override
        public void stall(final long nowNs, final long durationNs)
        {
            calls.add("stall " + durationNs / 1_000_000 + "ms at " + nowNs / SECOND_NS + "s");
        }

        @Override
        public void disconnectAll()
        {
            calls.add("disconnect");
        }

        @Override
        public void closeAll(final int code, final String reason)
        {
            calls.add("close " + code);
        }

        @Override
        public void serverShutdown(final long nowNs)
        {
            calls.add("shutdown");
        }

        @Override
        public void failNextRest(final int status, final int retryAfterSeconds)
        {
            calls.add("rest " + status + " " + retryAfterSeconds);
        }

        @Override
        public void staleNextSnapshot(final int events)
        {
            calls.add("stale " + events);
        }
    };

    @Test
    void shouldHitTheNumberedFramesAndEveryNthOnRepeat()
    {
        final FaultInjector injector = new FaultInjector("test", FaultSpec.parseAll("drop@3,duplicate@4*"), f -> true);
        injector.doWork(0, target);
        final List<String> perFrame = new ArrayList<>();
        for (int frame = 1; frame <= 12; frame++)
        {
            final FaultSpec fault = injector.onMarketFrame(0, target);
            perFrame.add(fault == null ? "-" : fault.fault().flagName());
        }
        assertEquals(List.of("-", "-", "drop", "duplicate", "-", "-", "-", "duplicate", "-", "-", "-", "duplicate"),
            perFrame);
        assertEquals(1, injector.injected(Fault.DROP));
        assertEquals(3, injector.injected(Fault.DUPLICATE));
    }

    @Test
    void shouldRunTimedFaultsWhenDueAndSayWhenTheNextIsDue()
    {
        final long t0 = 5 * SECOND_NS;
        final FaultInjector injector = new FaultInjector("test",
            FaultSpec.parseAll("stall@2s:500ms,close@3s*:1008,swap@1s"), f -> true);
        assertEquals(t0 + SECOND_NS, injector.doWork(t0, target));
        assertTrue(calls.isEmpty());

        assertEquals(t0 + 2 * SECOND_NS, injector.doWork(t0 + SECOND_NS, target));
        assertEquals(Fault.SWAP, injector.onMarketFrame(t0 + SECOND_NS, target).fault(), "due at 1 s, on the next frame");
        injector.doWork(t0 + 2 * SECOND_NS, target);
        injector.doWork(t0 + 3 * SECOND_NS, target);
        injector.doWork(t0 + 6 * SECOND_NS, target);
        assertEquals(List.of("stall 500ms at 7s", "close 1008", "close 1008"), calls);
        assertEquals(1, injector.injected(Fault.SWAP));
    }

    @Test
    void shouldRunInjectedFaultsOnTheNextTurnAndFrameFaultsOnTheNextFrame()
    {
        final FaultInjector injector = new FaultInjector("test", List.of(), f -> true);
        injector.inject(FaultSpec.parse("rest:418:120"));
        injector.inject(FaultSpec.parse("truncated"));
        injector.inject(FaultSpec.parse("shutdown"));
        injector.inject(FaultSpec.parse("stale-snapshot:7"));
        injector.inject(FaultSpec.parse("disconnect"));
        injector.doWork(0, target);
        assertEquals(List.of("rest 418 120", "shutdown", "stale 7", "disconnect"), calls);
        assertEquals(Fault.TRUNCATED, injector.onMarketFrame(0, target).fault());
        assertNull(injector.onMarketFrame(0, target));
    }

    @Test
    void shouldRefuseAFaultTheVenueDoesNotHave()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> new FaultInjector("hyperliquid", FaultSpec.parseAll("shutdown@5s"), Fault::onHyperliquid));
        assertEquals("--fault shutdown@5000ms: the hyperliquid simulator has no shutdown fault", ex.getMessage());
        final FaultInjector injector = new FaultInjector("hyperliquid", List.of(), Fault::onHyperliquid);
        assertThrows(IllegalArgumentException.class, () -> injector.inject(FaultSpec.parse("stale-snapshot")));
    }
}
