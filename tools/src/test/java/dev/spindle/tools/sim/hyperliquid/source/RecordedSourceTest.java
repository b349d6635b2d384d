package dev.spindle.tools.sim.hyperliquid.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.format.RecordingException;
import dev.spindle.engine.testing.TestData;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

class RecordedSourceTest
{
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static String book(final String coin, final long time)
    {
        return "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"" + coin + "\",\"time\":" + time +
            ",\"levels\":[[{\"px\":\"2.0\",\"sz\":\"1.0\",\"n\":1}],[{\"px\":\"3.0\",\"sz\":\"1.0\",\"n\":1}]]}}";
    }

    @Test
    void shouldMergeArchiveAndCaptureFilesByReceiveTimeAndSkipOtherChannels() throws Exception
    {
        final Path archive = dir.resolve("eth.jsonl");
        Files.writeString(archive,
            "{\"time\":\"2025-01-26T19:14:03.000000000\",\"ver_num\":1,\"raw\":" + book("ETH", 1) + "}\n" +
            "{\"time\":\"2025-01-26T19:14:05.000000000\",\"ver_num\":1,\"raw\":" + book("ETH", 2) + "}\n");
        final Path capture = dir.resolve("sol.txt");
        final long t4 = 1_737_918_844_000_000_000L;
        Files.writeString(capture, (t4 - 1_000_000) + " {\"channel\":\"subscriptionResponse\",\"data\":{}}\n" +
            t4 + " " + book("SOL", 7) + "\n");
        final RecordedSource source = RecordedSource.load(List.of(archive, capture), warnings::add);
        final List<SimFrame> frames = source.frames();
        assertEquals(List.of("ETH", "SOL", "ETH"), frames.stream().map(SimFrame::coin).toList());
        assertEquals(List.of(0L, 1_000_000_000L, 2_000_000_000L),
            frames.stream().map(SimFrame::sourceTimeNs).toList(), "rebased to the first frame");
        assertEquals(book("SOL", 7), frames.get(1).text());
        assertEquals(List.of("ETH", "SOL"), source.coins());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("1 frames of other channels not served"), warnings.get(0));
    }

    @Test
    void shouldServeTheRealRecordingsFrameForFrame()
    {
        final RecordedSource live = RecordedSource.load(List.of(TestData.require("hyperliquid/btcusd_20250126.gz")),
            warnings::add);
        assertEquals(55, live.frames().size());
        assertEquals(9, live.frames().stream().filter(f -> f.kind() == SimFrame.Kind.TRADES).count());
        assertEquals(List.of("BTC"), live.coins());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void shouldNameTheFileAndLineOfAMalformedLine() throws Exception
    {
        final Path archive = dir.resolve("bad.jsonl");
        Files.writeString(archive, "{\"time\":\"2025-01-26T19:14:03\",\"raw\":" + book("ETH", 1) + "}\n" +
            "{\"time\":\"yesterday\",\"raw\":{}}\n");
        final RecordingException ex = assertThrows(RecordingException.class,
            () -> RecordedSource.load(List.of(archive), warnings::add));
        assertTrue(ex.getMessage().startsWith(archive + ":2: archive line: time is not an ISO date-time"),
            ex.getMessage());

        final Path capture = dir.resolve("bad.txt");
        Files.writeString(capture,
            "1 " + book("ETH", 1) + "\n2 {\"channel\":\"l2Book\",\"data\":{\"coin\":\"ETH\"}}\n");
        final RecordingException missing = assertThrows(RecordingException.class,
            () -> RecordedSource.load(List.of(capture), warnings::add));
        assertTrue(missing.getMessage().startsWith(capture + ":2: l2Book frame without"), missing.getMessage());
    }

    @Test
    void shouldRefuseARecordingWithNothingToServe() throws Exception
    {
        final Path capture = dir.resolve("pongs.txt");
        Files.writeString(capture, "1 {\"channel\":\"pong\"}\n");
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> RecordedSource.load(List.of(capture), warnings::add));
        assertTrue(ex.getMessage().contains("holds no l2Book or trades frame"), ex.getMessage());
    }
}
