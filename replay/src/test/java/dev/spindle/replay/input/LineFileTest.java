package dev.spindle.replay.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineFileTest
{
    @TempDir
    Path dir;

    @Test
    void shouldSplitLinesOfAnyLengthAcrossBufferRefills() throws IOException
    {
        final Random random = new Random(3);
        final List<String> lines = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            final char[] chars = new char[random.nextInt(i % 100 == 0 ? 20_000 : 90)];
            Arrays.fill(chars, (char)('a' + i % 26));
            lines.add(new String(chars));
            text.append(chars).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        final Path file = dir.resolve("lines.txt");
        Files.writeString(file, text);

        assertEquals(lines, readAll(file, 4096));
    }

    @Test
    void shouldKeepAnUnterminatedLastLineAsATornTail() throws IOException
    {
        final Path file = dir.resolve("torn.txt");
        Files.writeString(file, "one\ntwo\n{\"e\":\"depthUp");

        try (LineFile lines = new LineFile(file, 4096))
        {
            assertTrue(lines.next());
            assertTrue(lines.next());
            assertFalse(lines.next());
            assertTrue(lines.tornTail());
            assertEquals("{\"e\":\"depthUp", new String(lines.buffer(), lines.tornOffset(), lines.tornLength(),
                StandardCharsets.US_ASCII));
            assertEquals(2, lines.lineNo());
        }
    }

    @Test
    void shouldReadGzipAndReportAStreamCutShort() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes))
        {
            for (int i = 0; i < 5000; i++)
            {
                gzip.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        final Path whole = dir.resolve("whole.gz");
        Files.write(whole, bytes.toByteArray());
        final Path cut = dir.resolve("cut.gz");
        Files.write(cut, Arrays.copyOf(bytes.toByteArray(), bytes.size() - 10));

        final List<String> all = readAll(whole, 4096);
        assertEquals(5000, all.size());
        assertEquals("line 4999", all.get(4999));
        try (LineFile lines = new LineFile(whole, 4096))
        {
            while (lines.next())
            {
                assertTrue(lines.length() > 0);
            }
            assertNull(lines.truncation());
        }
        try (LineFile lines = new LineFile(cut, 4096))
        {
            int count = 0;
            while (lines.next())
            {
                count++;
            }
            assertTrue(count > 4000, "lines before the tear are read: " + count);
            assertEquals("gzip stream ends without its trailer", lines.truncation());
        }
    }

    private static List<String> readAll(final Path file, final int buffer) throws IOException
    {
        final List<String> out = new ArrayList<>();
        try (LineFile lines = new LineFile(file, buffer))
        {
            while (lines.next())
            {
                out.add(new String(lines.buffer(), lines.offset(), lines.length(), StandardCharsets.US_ASCII));
            }
            assertFalse(lines.tornTail());
        }
        return out;
    }
}
