package dev.spindle.hyperliquid.codec;

import static dev.spindle.hyperliquid.codec.Frames.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

class ArchiveLineTest
{
    private final ArchiveLine line = new ArchiveLine();

    @Test
    void shouldLocateTheRawFrameAndReadTheTime()
    {
        final String raw =
            "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1704110399915,\"levels\":[[],[]]}}";
        final byte[] buf = bytes("xx{\"time\":\"2024-01-01T12:00:01.138942031\",\"ver_num\":1,\"raw\":" + raw + "}yy");
        line.unwrap(buf, 2, buf.length - 4);
        assertEquals(raw, new String(buf, line.rawOffset(), line.rawLength(), StandardCharsets.UTF_8));
        assertEquals(1, line.verNum());
        final Instant expected = LocalDateTime.parse("2024-01-01T12:00:01.138942031").toInstant(ZoneOffset.UTC);
        assertEquals(expected.getEpochSecond() * 1_000_000_000L + expected.getNano(), line.localTimeNs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00", "2000-02-29T23:59:59.5", "2024-12-31T00:00:00.000000001Z",
        "1969-12-31T23:59:59.999", "2100-03-01T12:34:56.789"})
    void shouldReadIsoTimesAsUtc(final String time)
    {
        final byte[] buf = bytes("{\"raw\":{},\"time\":\"" + time + "\"}");
        line.unwrap(buf, 0, buf.length);
        final Instant expected = LocalDateTime.parse(time.replace("Z", "")).toInstant(ZoneOffset.UTC);
        assertEquals(expected.getEpochSecond() * 1_000_000_000L + expected.getNano(), line.localTimeNs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"time\":\"2024-01-01T12:00:01\"}|missing raw",
        "{\"raw\":{}}|missing time",
        "{\"time\":\"2024-01-01 12:00\",\"raw\":{}}|not an ISO date-time",
        "{\"time\":\"2024-13-01T12:00:00\",\"raw\":{}}|out of range",
        "{\"time\":\"2024-01-01T12:00:00.1234567891\",\"raw\":{}}|more than 9 fraction digits",
        "{\"time\":\"2024-01-01T12:00:01\",\"raw\":{\"channel\"|truncated"})
    void shouldRejectMalformedLines(final String caseText)
    {
        final String[] parts = caseText.split("\\|");
        final byte[] buf = bytes(parts[0]);
        final DecodeException ex = assertThrows(DecodeException.class, () -> line.unwrap(buf, 0, buf.length));
        assertTrue(ex.getMessage().startsWith("archive line: ") && ex.getMessage().contains(parts[1]),
            ex.getMessage());
    }
}
