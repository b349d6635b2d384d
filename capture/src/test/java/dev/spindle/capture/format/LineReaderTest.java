package dev.spindle.capture.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest
{
    @Test
    void shouldSplitLinesTornAcrossReadsOfEveryLength() throws IOException
    {
        // Every length around the eight-byte search words, each after every ending, and one line that outgrows
        // the 1 KiB starting buffer.
        final List<String> lines = new ArrayList<>();
        for (int length = 0; length <= 24; length++)
        {
            lines.add("x".repeat(length));
            lines.add("y".repeat(length));
        }
        lines.add("z".repeat(3000));
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++)
        {
            text.append(lines.get(i)).append(i % 2 == 0 ? "\n" : "\r\n");
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
