package dev.spindle.replay.binance;

import dev.spindle.replay.input.ByteSearch;

/**
 * Reads the symbol of a combined-stream frame ({@code {"stream":"ethusdt@depth@100ms",...}}) in place, so frames
 * of symbols that are not replayed can be skipped without being decoded.
 */
final class StreamName
{
    private static final byte[] PREFIX = "{\"stream\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private StreamName()
    {
    }

    /**
     * @param upperSymbol the replayed symbol, upper case ASCII.
     * @return true if the frame is a combined-stream frame whose stream names another symbol; false if it names
     * {@code upperSymbol} or is not in that form (the decoder then decides).
     */
    static boolean isOtherSymbol(final byte[] buf, final int off, final int len, final byte[] upperSymbol)
    {
        if (!ByteSearch.startsWith(buf, off, len, PREFIX))
        {
            return false;
        }
        final int from = off + PREFIX.length;
        final int end = off + len;
        int i = 0;
        while (from + i < end)
        {
            final byte b = buf[from + i];
            if (b == '@' || b == '"')
            {
                return b == '@' && i != upperSymbol.length;
            }
            if (i >= upperSymbol.length || toUpper(b) != upperSymbol[i])
            {
                return true;
            }
            i++;
        }
        return false;
    }

    private static byte toUpper(final byte b)
    {
        return b >= 'a' && b <= 'z' ? (byte)(b - 32) : b;
    }
}
