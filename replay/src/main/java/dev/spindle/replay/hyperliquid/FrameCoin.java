package dev.spindle.replay.hyperliquid;

import java.nio.charset.StandardCharsets;

import dev.spindle.replay.input.ByteSearch;

/**
 * Reads the coin of a raw Hyperliquid frame without decoding it: the first {@code "coin":"..."} member, which in
 * l2Book and trades frames is the book's or the first trade's coin. Used to route frames of other coins past the
 * decoders (which reject coins they were not given) and to find which coins a capture holds.
 */
final class FrameCoin
{
    /** The frame names no coin (pong, subscription errors, the greeting). */
    static final int NONE = 0;
    /** The frame's coin is the wanted one. */
    static final int MATCH = 1;
    /** The frame is of another coin. */
    static final int OTHER = 2;

    private static final byte[] COIN_KEY = "\"coin\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] L2_BOOK = "\"channel\":\"l2Book\"".getBytes(StandardCharsets.US_ASCII);

    private FrameCoin()
    {
    }

    /** @return {@link #NONE}, {@link #MATCH} or {@link #OTHER}, comparing byte for byte (coins are case-sensitive). */
    static int compare(final byte[] buf, final int off, final int len, final byte[] coin)
    {
        final int at = ByteSearch.indexOf(buf, off, len, COIN_KEY);
        if (at < 0)
        {
            return NONE;
        }
        final int from = at + COIN_KEY.length;
        if (from + coin.length >= off + len || buf[from + coin.length] != '"')
        {
            return OTHER;
        }
        for (int i = 0; i < coin.length; i++)
        {
            if (buf[from + i] != coin[i])
            {
                return OTHER;
            }
        }
        return MATCH;
    }

    /** @return the frame's coin, or null; allocates (for finding the coins of a capture). */
    static String coinOf(final byte[] buf, final int off, final int len)
    {
        return ByteSearch.stringAfter(buf, off, len, COIN_KEY, StandardCharsets.UTF_8);
    }

    /** @return true if the frame says it is on the {@code l2Book} channel. */
    static boolean isL2Book(final byte[] buf, final int off, final int len)
    {
        return ByteSearch.indexOf(buf, off, len, L2_BOOK) >= 0;
    }
}
