package dev.spindle.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayFloorTest
{
    @TempDir
    Path dir;

    @Test
    void shouldParseEveryNumberOnceWhateverTheThreadCountAndChunkBoundaries() throws Exception
    {
        // ~10 MB: more than two of the floor's 4 MiB reads, so lines straddle read boundaries.
        final Path file = dir.resolve("diffs.jsonl");
        final SplittableRandom random = new SplittableRandom(42);
        long numbers = 0;
        long checksum = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII))
        {
            for (int line = 0; line < 40_000; line++)
            {
                out.write("{\"e\":\"depthUpdate\",\"s\":\"BTCUSDT\",\"U\":" + line + ",\"b\":[");
                final int levels = 1 + random.nextInt(20);
                for (int l = 0; l < levels; l++)
                {
                    final long price = random.nextLong(1, 10_000_000_000_000L);
                    final long qty = random.nextLong(0, 100_000_000_000L);
                    out.write((l > 0 ? "," : "") + "[\"" + decimal(price) + "\",\"" + decimal(qty) + "\"]");
                    numbers += 2;
                    checksum += price + qty;
                }
                // a one-digit quantity last, so a number can start in a line's final bytes
                out.write("],\"a\":[[\"1.00000000\",\"" + (line % 10) + "\"]]}\n");
                numbers += 2;
                checksum += 100_000_000L + line % 10;
            }
        }
        final String expected = "numbers=" + numbers + " checksum=" + checksum;
        for (int threads = 1; threads <= 3; threads++)
        {
            assertEquals(expected, ReplayFloor.run(file, threads), threads + " threads");
        }
    }

    @Test
    void shouldReadNumbersInTheLastBytesOfTheInput() throws Exception
    {
        final Path file = dir.resolve("short.jsonl");
        Files.writeString(file, "[\"1\",\"2\"]\n[\"3.5\",\"40\"]\n", StandardCharsets.US_ASCII);
        for (int threads = 1; threads <= 3; threads++)
        {
            assertEquals("numbers=4 checksum=78", ReplayFloor.run(file, threads), threads + " threads");
        }
    }

    private static String decimal(final long mantissa)
    {
        return String.format("%d.%08d", mantissa / 100_000_000L, mantissa % 100_000_000L);
    }
}
