package dev.spindle.replay.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LongIntMapTest
{
    @Test
    void shouldAgreeWithAHashMapOverRandomPutsAndRemovesOfClusteredKeys()
    {
        final LongIntMap map = new LongIntMap(4);
        final Map<Long, Integer> oracle = new HashMap<>();
        final Random random = new Random(42);
        for (int i = 0; i < 200_000; i++)
        {
            // Prices in steps of 10^6, as 2-decimal prices at scale 8 are: the hash must still spread them.
            final long key = 6_700_000_000_000L + random.nextInt(3000) * 1_000_000L;
            if (random.nextInt(3) == 0)
            {
                map.remove(key);
                oracle.remove(key);
            }
            else
            {
                map.put(key, i);
                oracle.put(key, i);
            }
            final long probe = 6_700_000_000_000L + random.nextInt(3000) * 1_000_000L;
            assertEquals(oracle.getOrDefault(probe, LongIntMap.MISSING).intValue(), map.get(probe));
        }
        assertEquals(oracle.size(), map.size());
        oracle.forEach((key, value) -> assertEquals(value.intValue(), map.get(key)));
        map.clear();
        assertEquals(LongIntMap.MISSING, map.get(oracle.keySet().iterator().next()));
    }
}
