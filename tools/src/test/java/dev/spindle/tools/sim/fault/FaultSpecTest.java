package dev.spindle.tools.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultSpecTest
{
    @Test
    void shouldParseTriggersRepeatsAndArguments()
    {
        assertEquals(new FaultSpec(Fault.DROP, 100, -1, false, 0, 0), FaultSpec.parse("drop@100"));
        assertEquals(new FaultSpec(Fault.DROP, 500, -1, true, 0, 0), FaultSpec.parse("drop@500*"));
        assertEquals(new FaultSpec(Fault.STALL, 0, 2_000_000_000L, false, 3_000, 0), FaultSpec.parse("stall@2s:3s"));
        assertEquals(new FaultSpec(Fault.CLOSE, 0, 10_000_000_000L, true, 1008, 0), FaultSpec.parse("close@10s*:1008"));
        assertEquals(new FaultSpec(Fault.REST, 1, -1, false, 429, 2), FaultSpec.parse("rest@1:429:2"));
        assertEquals(new FaultSpec(Fault.STALE_SNAPSHOT, 0, 500_000_000L, false, 20, 0),
            FaultSpec.parse("stale-snapshot@500ms:20"));
    }

    @Test
    void shouldApplyDefaultsAndHappenAtOnceWithoutATrigger()
    {
        final FaultSpec swap = FaultSpec.parse("swap");
        assertTrue(swap.isNow());
        assertEquals(FaultSpec.DEFAULT_OVERSIZED_BYTES, FaultSpec.parse("oversized").argument());
        assertEquals(FaultSpec.DEFAULT_STALL_MS, FaultSpec.parse("stall").argument());
        assertEquals(FaultSpec.DEFAULT_CLOSE_CODE, FaultSpec.parse("close").argument());
        assertEquals(FaultSpec.DEFAULT_REST_STATUS, FaultSpec.parse("rest").argument());
        assertEquals(1, FaultSpec.parse("rest").extra(), "Retry-After: 1 by default");
        assertEquals(FaultSpec.DEFAULT_STALE_EVENTS, FaultSpec.parse("stale-snapshot").argument());
    }

    @Test
    void shouldSplitCommaSeparatedListsAndRepeatedFlags()
    {
        final List<FaultSpec> specs = FaultSpec.parseAll(List.of("drop@100,stall@200:3s", "rest:418:120"));
        assertEquals(List.of(Fault.DROP, Fault.STALL, Fault.REST), specs.stream().map(FaultSpec::fault).toList());
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void shouldPrintEverySpecBackInFlagSyntax(final Fault fault)
    {
        final FaultSpec spec = FaultSpec.parse(fault.flagName() + "@7*");
        assertEquals(spec, FaultSpec.parse(spec.toString()));
        assertEquals(fault, Fault.byFlagName(fault.flagName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"explode", "drop@0", "drop@-1", "drop@abc", "drop:1", "stall:forever", "close:999",
        "close:1006", "rest:200", "rest:503:-1", "rest:503:1:2", "oversized:0", "oversized:999999999999",
        "drop@0s*", "stale-snapshot:0", ""})
    void shouldRejectABadSpecInOneLineNamingIt(final String text)
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(text));
        assertTrue(ex.getMessage().startsWith("--fault " + text + ": "), ex.getMessage());
        assertTrue(ex.getMessage().indexOf('\n') < 0, ex.getMessage());
    }
}
