package dev.spindle.capture.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.testing.TestData;

class RecordingReadersTest
{
    @TempDir
    Path tmp;

    @Test
    void shouldReadBothHftbacktestSpotFilesAsOneRecordingWithOneInlineSnapshot()
    {
        final Path day1 = TestData.require("binance-spot/ethusdt_20240808.gz");
        final Path day2 = TestData.require("binance-spot/ethusdt_20240809.gz");
        final int[] depth = {0};
        final int[] snapshots = {0};
        final long[] lastNs = {0};
        final boolean[] ordered = {true};
        final long lines = HftbacktestRecording.read(List.of(day1, day2), ReadOptions.STRICT, line ->
        {
            final String s = line.payloadString();
            if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
            {
                snapshots[0]++;
            }
            else if (s.contains("@depth@100ms"))
            {
                depth[0]++;
            }
            ordered[0] &= line.localNs() >= lastNs[0];
            lastNs[0] = line.localNs();
        });
        assertEquals(1, snapshots[0]);
        assertEquals(3_434 + 3_036, depth[0], "depth frames per data/README.md");
        assertEquals(3_434 + 3_036 + 24_077 + 34_681 + 6_106 + 8_409 + 1, lines);
        assertTrue(ordered[0], "local receive times never go backwards");
    }

    @Test
    void shouldMergeCryptofeedWsAndHttpFilesInLocalTimeOrder()
    {
        final Path folder = TestData.require("binance-cryptofeed/rec-3525dc8");
        final List<String> symbols = new ArrayList<>();
        final int[] frames = {0};
        final long[] lastNs = {0};
        final boolean[] ordered = {true};
        CryptofeedRecording.read(folder, "BINANCE", ReadOptions.STRICT, line ->
        {
            if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
            {
                symbols.add(line.restSymbol());
                assertTrue(line.payloadString().startsWith("{\"lastUpdateId\":"), line.position());
            }
            else
            {
                frames[0]++;
                assertTrue(line.payloadString().startsWith("{\"stream\":"), line.position());
            }
            ordered[0] &= line.localNs() >= lastNs[0];
            lastNs[0] = line.localNs();
        });
        assertEquals(10, symbols.size(), "one snapshot per symbol; blank lines are not records");
        assertTrue(symbols.contains("BUSDTRY"));
        assertEquals(1_228, frames[0], "every ws line but the connection header and two blank lines");
        assertTrue(ordered[0]);
    }

    @Test
    void shouldSkipATornGzipTailWithAWarning() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes))
        {
            for (int i = 0; i < 2_000; i++)
            {
                gz.write((1_000_000L + i + " {\"stream\":\"x@trade\",\"data\":{\"t\":" + i + "}}\n")
                    .getBytes(StandardCharsets.US_ASCII));
            }
        }
        final byte[] whole = bytes.toByteArray();
        final Path torn = tmp.resolve("torn.gz");
        Files.write(torn, java.util.Arrays.copyOf(whole, whole.length / 2));

        final List<String> warnings = new ArrayList<>();
        final long lines = HftbacktestRecording.read(
            List.of(torn), new ReadOptions(warnings::add, false), line -> assertTrue(line.length() > 0));
        assertTrue(lines > 0 && lines < 2_000, "the part before the cut is readable: " + lines);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("torn last line"), warnings.get(0));
    }

    @Test
    void shouldNameFileAndLineOfAMalformedLineOrSkipItWhenAsked() throws IOException
    {
        final Path file = tmp.resolve("bad.txt");
        Files.writeString(file, "1 {\"a\":1}\nnot a line\n3 {\"a\":3}\n");
        final RecordingException error = assertThrows(RecordingException.class,
            () -> HftbacktestRecording.read(List.of(file), ReadOptions.STRICT, line -> { }));
        assertTrue(error.getMessage().startsWith(file + ":2: "), error.getMessage());

        final List<String> warnings = new ArrayList<>();
        final long lines = HftbacktestRecording.read(List.of(file), new ReadOptions(warnings::add, true), line -> { });
        assertEquals(2, lines);
        assertEquals(1, warnings.size());
    }

    @Test
    void shouldParseFractionalEpochSeconds()
    {
        final byte[] ts = "1618677372.1768699".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1_618_677_372_176_869_900L, CryptofeedRecording.epochSecondsToNs(ts, 0, ts.length));
        final byte[] bad = "16x".getBytes(StandardCharsets.US_ASCII);
        assertEquals(-1, CryptofeedRecording.epochSecondsToNs(bad, 0, bad.length));
    }
}
