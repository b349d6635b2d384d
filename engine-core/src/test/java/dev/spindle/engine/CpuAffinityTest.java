package dev.spindle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

class CpuAffinityTest
{
    @Test
    void shouldReadTheKernelCpuListFormat()
    {
        assertEquals("0-3,6", CpuAffinity.describe(CpuAffinity.parse("0-3,6")));
        assertEquals("0", CpuAffinity.describe(CpuAffinity.parse("0")));
        assertEquals("1,3-4", CpuAffinity.describe(CpuAffinity.parse("1,3,4")));
    }

    @Test
    void shouldRejectTextThatIsNotACpuListNamingIt()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> CpuAffinity.parse("0-x"));
        assertEquals("not a cpu list: '0-x'", ex.getMessage());
        assertEquals("bad cpu range '3-1' in '0,3-1'",
            assertThrows(IllegalArgumentException.class, () -> CpuAffinity.parse("0,3-1")).getMessage());
    }

    @Test
    void shouldOfferEveryCpuOfTheProcessMaskForPinning()
    {
        final BitSet pinnable = CpuAffinity.pinnableCpus();
        final BitSet available = CpuAffinity.availableCpus();
        available.andNot(pinnable);
        assertTrue(available.isEmpty(), "process cpus not pinnable: " + CpuAffinity.describe(available));
    }
}
