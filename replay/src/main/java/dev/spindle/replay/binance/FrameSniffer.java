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
        try (source)
        {
            while (source.next())
            {
                if (source.kind() != RecordKind.FRAME)
                {
                    continue;
                }
                final byte[] buf = source.buffer();
                final int off = source.offset();
                final int len = source.length();
                if (ByteSearch.indexOf(buf, off, len, DEPTH_UPDATE) < 0)
                {
                    continue;
                }
                final String found = symbolOf(buf, off, len);
                if (found == null || (symbol != null && !symbol.equalsIgnoreCase(found)))
                {
                    continue;
                }
                final SyncMode mode = ByteSearch.indexOf(buf, off, len, PU_KEY) >= 0 ? SyncMode.FUTURES : SyncMode.SPOT;
                return new Discovery(found.toUpperCase(Locale.ROOT), mode, source.file(), source.lineNo());
            }
        }
        throw new ReplayException("no depth diffs" + (symbol == null ? "" : " of " + symbol) + " in " + what);
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
