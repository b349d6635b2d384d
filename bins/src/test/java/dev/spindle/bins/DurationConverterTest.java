package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationConverterTest
{
    @Test
    void shouldReadSingleAndCombinedUnits()
    {
        assertEquals(Duration.ofMillis(500), DurationConverter.parse("500ms"));
        assertEquals(Duration.ofSeconds(60), DurationConverter.parse("60"));
        assertEquals(Duration.ofSeconds(20), DurationConverter.parse("20s"));
        assertEquals(Duration.ofMinutes(23 * 60 + 50), DurationConverter.parse("23h50m"));
        assertEquals(Duration.ofSeconds(90), DurationConverter.parse("1m30s"));
        assertEquals(Duration.ofMillis(1_250), DurationConverter.parse("1s250ms"));
    }

    @Test
    void shouldRejectTextThatIsNotADuration()
    {
        for (final String text : new String[] {"", "5y", "m", "1h 30m", "-5s", "1.5s", "10sms"})
        {
            assertThrows(IllegalArgumentException.class, () -> DurationConverter.parse(text), text);
        }
    }
}
