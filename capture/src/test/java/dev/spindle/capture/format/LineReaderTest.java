package dev.spindle.capture.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class LineReaderTest
{
    @Test
    void shouldSplitLinesTornAcrossReadsOfEveryLength() throws IOException
    {
        final Random random = new Random(5);
        final List<String> lines = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            final char[] chars = new char[random.nextInt(i % 500 == 0 ? 5_000 : 40)];
            Arrays.fill(chars, (char)('a' + i % 26));
            lines.add(new String(chars));
            text.append(chars).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        final byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);

        for (int maxRead = 1; maxRead <= 17; maxRead++)
        {
            assertEquals(lines, readAll(new ChunkedStream(bytes, maxRead)), "reads of at most " + maxRead + " bytes");
        }
    }

    @Test
    void shouldDropTheCarriageReturnWhenTheNewlineComesInTheNextRead() throws IOException
    {
        final byte[] bytes = "first\r\nsecond\r\n".getBytes(StandardCharsets.US_ASCII);

        // Six-byte reads end the first one on the '\r' and start the second one with its '\n'.
        assertEquals(List.of("first", "second"), readAll(new ChunkedStream(bytes, 6)));
    }

    @Test
    void shouldKeepAnUnterminatedLastLineAsATornTail() throws IOException
    {
        final byte[] bytes = "one\ntwo\n{\"e\":\"depthUp".getBytes(StandardCharsets.US_ASCII);

        try (LineReader reader = new LineReader(new ChunkedStream(bytes, 5), 1024))
        {
            assertTrue(reader.next());
            assertTrue(reader.next());
            assertFalse(reader.next());
            assertTrue(reader.tornTail());
            assertEquals("{\"e\":\"depthUp", new String(reader.buffer(), reader.tornOffset(), reader.tornLength(),
                StandardCharsets.US_ASCII));
            assertEquals(2, reader.lineNo());
        }
    }

    @Test
    void shouldReadAGzipStreamCutShortUpToItsTear() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes))
        {
            for (int i = 0; i < 5000; i++)
            {
                gzip.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        final byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 10);

        try (LineReader reader = new LineReader(new GZIPInputStream(new ByteArrayInputStream(cut)), 1024))
        {
            long count = 0;
            while (reader.next())
            {
                count++;
                assertEquals("line " + (count - 1), new String(reader.buffer(), reader.offset(), reader.length(),
                    StandardCharsets.US_ASCII));
            }
            assertTrue(count > 4000, "lines before the tear are read: " + count);
        }
    }

    private static List<String> readAll(final InputStream in) throws IOException
    {
        final List<String> out = new ArrayList<>();
        try (LineReader reader = new LineReader(in, 1024))
        {
            while (reader.next())
            {
                out.add(new String(reader.buffer(), reader.offset(), reader.length(), StandardCharsets.US_ASCII));
                assertEquals(out.size(), reader.lineNo());
            }
            assertFalse(reader.tornTail());
        }
        return out;
    }

    /** Hands out at most a few bytes a read, as a socket or a decompressor may. */
    private static final class ChunkedStream extends InputStream
    {
        private final byte[] bytes;
        private final int maxRead;
        private int position;

        ChunkedStream(final byte[] bytes, final int maxRead)
        {
            this.bytes = bytes;
            this.maxRead = maxRead;
        }

        @Override
        public int read()
        {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(final byte[] dst, final int offset, final int length)
        {
            if (position == bytes.length)
            {
                return -1;
            }
            final int n = Math.min(Math.min(length, maxRead), bytes.length - position);
            System.arraycopy(bytes, position, dst, offset, n);
            position += n;
            return n;
        }
    }
}
