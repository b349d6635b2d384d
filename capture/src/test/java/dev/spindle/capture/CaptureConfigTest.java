package dev.spindle.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptureConfigTest
{
    private static final long START_MS = Instant.parse("2024-08-08T23:54:14.123Z").toEpochMilli();

    @Test
    void shouldApplyDefaultsAndNameSessionAfterUtcStartTime()
    {
        final CaptureConfig config = CaptureConfig.builder().captureDir(Path.of("caps")).build(START_MS);

        assertEquals("20240808-235414", config.session());
        assertEquals(300_000L, config.checkpointIntervalMs());
        assertEquals(1_000L, config.flushMs());
        assertEquals(Rotation.NONE, config.rotate());
        assertEquals(Compression.NONE, config.compress());
        assertTrue(config.captureDir().isAbsolute());
        assertEquals(
            config.captureDir().resolve("binance").resolve("ethusdt").resolve("20240808-235414"),
            config.sessionDir("binance", "ethusdt"));
    }

    @Test
    void shouldRejectTraversingSessionNameWithOneLineNamingTheFlag()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> CaptureConfig.builder().captureDir(Path.of("caps")).session("../x").build(START_MS));

        assertTrue(ex.getMessage().startsWith("--capture-session: invalid name \"../x\""), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"));
    }

    @Test
    void shouldRejectTraversingSymbolWhenOpeningSessionDir()
    {
        final CaptureConfig config = CaptureConfig.builder().captureDir(Path.of("caps")).build(START_MS);

        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> config.sessionDir("binance", ".."));
        assertTrue(ex.getMessage().startsWith("symbol: invalid name \"..\""), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.sessionDir("../binance", "ethusdt"));
    }

    @Test
    void shouldRequireRotationForGzip()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> CaptureConfig.builder()
            .captureDir(Path.of("caps")).compress(Compression.GZIP).build(START_MS));

        assertEquals(
            "--capture-compress gzip: only rotated parts are compressed; add --capture-rotate hourly|daily",
            ex.getMessage());
        assertEquals(Compression.GZIP, CaptureConfig.builder().captureDir(Path.of("caps"))
            .rotate(Rotation.HOURLY).compress(Compression.GZIP).build(START_MS).compress());
    }

    @Test
    void shouldRejectOutOfRangeIntervals()
    {
        final IllegalArgumentException flush = assertThrows(IllegalArgumentException.class,
            () -> CaptureConfig.builder().captureDir(Path.of("caps")).flushMs(0).build(START_MS));
        assertEquals("--capture-flush-ms: must be between 1 and 3600000, got 0", flush.getMessage());

        final IllegalArgumentException checkpoint = assertThrows(IllegalArgumentException.class,
            () -> CaptureConfig.builder().captureDir(Path.of("caps")).checkpointIntervalMs(10).build(START_MS));
        assertTrue(checkpoint.getMessage().startsWith("--checkpoint-interval: "), checkpoint.getMessage());

        assertEquals(0, CaptureConfig.builder().captureDir(Path.of("caps"))
            .checkpointIntervalMs(0).build(START_MS).checkpointIntervalMs());
    }

    @Test
    void shouldRequireCaptureDir()
    {
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> CaptureConfig.builder().build(START_MS));
        assertEquals("--capture-dir: missing capture directory", ex.getMessage());
    }

    @Test
    void shouldParseDurationsWithUnits()
    {
        assertEquals(300_000L, CaptureConfig.parseDurationMs("--checkpoint-interval", "5m"));
        assertEquals(300_000L, CaptureConfig.parseDurationMs("--checkpoint-interval", "300s"));
        assertEquals(300_000L, CaptureConfig.parseDurationMs("--checkpoint-interval", "300"));
        assertEquals(3_600_000L, CaptureConfig.parseDurationMs("--checkpoint-interval", "1h"));
        assertEquals(250L, CaptureConfig.parseDurationMs("--checkpoint-interval", "250ms"));

        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> CaptureConfig.parseDurationMs("--checkpoint-interval", "5 minutes"));
        assertEquals(
            "--checkpoint-interval: expected a duration like 300s, 5m, 1h or 500ms, got \"5 minutes\"",
            ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "hourly", "daily"})
    void shouldParseEveryRotation(final String value)
    {
        assertEquals(value, Rotation.parse(value).flagValue());
    }

    @Test
    void shouldNameBadEnumValuesWithTheFlag()
    {
        assertEquals("--capture-rotate: expected none|hourly|daily, got \"weekly\"",
            assertThrows(IllegalArgumentException.class, () -> Rotation.parse("weekly")).getMessage());
        assertEquals("--capture-compress: expected none|gzip, got \"zstd\"",
            assertThrows(IllegalArgumentException.class, () -> Compression.parse("zstd")).getMessage());
    }

    @Test
    void shouldFindNextUtcBoundary()
    {
        final long midnight = Instant.parse("2024-08-09T00:00:00Z").toEpochMilli();
        assertEquals(midnight, Rotation.HOURLY.nextBoundaryMs(START_MS));
        assertEquals(midnight, Rotation.DAILY.nextBoundaryMs(START_MS));
        assertEquals(midnight + 3_600_000L, Rotation.HOURLY.nextBoundaryMs(midnight));
        assertEquals(Long.MAX_VALUE, Rotation.NONE.nextBoundaryMs(START_MS));
    }
}
