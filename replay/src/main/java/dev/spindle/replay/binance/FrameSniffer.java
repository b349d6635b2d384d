package dev.spindle.replay.binance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.spindle.binance.sync.SyncMode;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.input.ByteSearch;
import dev.spindle.replay.input.RecordKind;
import dev.spindle.replay.input.RecordSource;

/**
 * Learns, before the replay starts, what its decoders must be set up for: the symbol of the depth stream (from
 * the first depth frame's stream name or {@code s}) and whether diffs link by {@code pu} (futures) or by
 * {@code U} (spot). A plain byte search over the first depth frame; the decoders validate everything later.
 */
final class FrameSniffer
{
    private static final byte[] DEPTH_UPDATE = ascii("\"depthUpdate\"");
    private static final byte[] STREAM_PREFIX = ascii("{\"stream\":\"");
    private static final byte[] SYMBOL_KEY = ascii("\"s\":\"");
    private static final byte[] PU_KEY = ascii("\"pu\":");
    private static final int EXCERPT_BYTES = 40;

    /** What the first depth frame said. */
    record Discovery(String symbol, SyncMode mode, String file, long lineNo)
    {
    }

    private FrameSniffer()
    {
    }

    /**
     * @param source a fresh depth pass; consumed up to the first matching depth frame, then closed.
     * @param symbol the wanted symbol ({@code --symbol}), or null for the first one found.
     * @param what   the capture, for the error message.
     * @return the discovery.
     * @throws ReplayException if the capture holds no depth frame (of that symbol).
     */
    static Discovery sniff(final RecordSource source, final String symbol, final String what) throws IOException
    {
        long frames = 0;
        String firstOther = null;
        try (source)
        {
            while (source.next())
            {
                if (source.kind() != RecordKind.FRAME)
                {
                    continue;
                }
                frames++;
                final byte[] buf = source.buffer();
                final int off = source.offset();
                final int len = source.length();
                final String found = ByteSearch.indexOf(buf, off, len, DEPTH_UPDATE) < 0 ? null :
                    symbolOf(buf, off, len);
                if (found == null || (symbol != null && !symbol.equalsIgnoreCase(found)))
                {
                    if (null == firstOther)
                    {
                        firstOther = source.file() + ":" + source.lineNo() + " begins '" + excerpt(buf, off, len) + "'";
                    }
                    continue;
                }
                final SyncMode mode =
                    ByteSearch.indexOf(buf, off, len, PU_KEY) >= 0 ? SyncMode.FUTURES : SyncMode.SPOT;
                return new Discovery(found.toUpperCase(Locale.ROOT), mode, source.file(), source.lineNo());
            }
        }
        final String of = symbol == null ? "" : " of " + symbol;
        throw new ReplayException("no depth diffs" + of + " in " + what + (frames == 0 ? ": no lines to read" :
            ": " + frames + " line(s), none a depthUpdate frame" + of + "; " + firstOther));
    }

    /** @return the start of a line, printable ASCII as is and every other byte as {@code \xNN}, on one line. */
    static String excerpt(final byte[] buf, final int off, final int len)
    {
        final StringBuilder out = new StringBuilder();
        final int end = off + Math.min(len, EXCERPT_BYTES);
        for (int i = off; i < end; i++)
        {
            final int b = buf[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '\\')
            {
                out.append((char)b);
            }
            else
            {
                out.append(String.format("\\x%02x", b));
            }
        }
        return len > EXCERPT_BYTES ? out.append("...").toString() : out.toString();
    }

    /** @return the frame's symbol from its stream name or {@code s}, or null. */
    static String symbolOf(final byte[] buf, final int off, final int len)
    {
        if (ByteSearch.startsWith(buf, off, len, STREAM_PREFIX))
        {
            final int from = off + STREAM_PREFIX.length;
            int at = from;
            while (at < off + len && buf[at] != '@' && buf[at] != '"')
            {
                at++;
            }
            if (at < off + len && buf[at] == '@')
            {
                return new String(buf, from, at - from, StandardCharsets.US_ASCII);
            }
        }
        return ByteSearch.stringAfter(buf, off, len, SYMBOL_KEY, StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
