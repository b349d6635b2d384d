package dev.spindle.hyperliquid.live;

import java.nio.charset.StandardCharsets;

import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.SubscriptionType;

/**
 * Tells, on the WebSocket reader thread and without decoding, which capture file a frame belongs to: its
 * {@code channel} ({@code l2Book} or {@code trades}) and the first {@code coin} value in it (an l2Book carries one
 * coin, and so does each trades frame: one coin's fills of one block, or its replay). The engine decodes and
 * validates the frame fully; this only finds two strings. Allocation-free; one instance per reader thread.
 */
final class FrameRouter
{
    private static final byte[] CHANNEL_KEY = "\"channel\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COIN_KEY = "\"coin\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] L2_BOOK = "l2Book".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRADES = "trades".getBytes(StandardCharsets.US_ASCII);

    private final CoinTable coins;
    /** Channel of the last routed frame. */
    SubscriptionType channel = SubscriptionType.OTHER;
    /** Coin index of the last routed frame. */
    int coinIndex = CoinTable.NOT_FOUND;

    /** @param coins the handler's coins; read only, so a reader thread may share it with none other. */
    FrameRouter(final CoinTable coins)
    {
        this.coins = coins;
    }

    /**
     * @return true for an l2Book or trades frame of a known coin ({@link #channel}, {@link #coinIndex} set);
     * false for anything else (pong, subscription echo, error, greeting, unknown coin, malformed).
     */
    boolean route(final byte[] buf, final int offset, final int length)
    {
        channel = SubscriptionType.OTHER;
        coinIndex = CoinTable.NOT_FOUND;
        final int end = offset + length;
        final int channelAt = valueOf(buf, offset, end, CHANNEL_KEY);
        if (channelAt < 0)
        {
            return false;
        }
        final int channelEnd = closingQuote(buf, channelAt, end);
        if (channelEnd < 0)
        {
            return false;
        }
        final SubscriptionType type = equals(buf, channelAt, channelEnd, L2_BOOK) ? SubscriptionType.L2_BOOK :
            equals(buf, channelAt, channelEnd, TRADES) ? SubscriptionType.TRADES : SubscriptionType.OTHER;
        if (type == SubscriptionType.OTHER)
        {
            return false;
        }
        final int coinAt = valueOf(buf, offset, end, COIN_KEY);
        if (coinAt < 0)
        {
            return false;
        }
        final int coinEnd = closingQuote(buf, coinAt, end);
        if (coinEnd < 0)
        {
            return false;
        }
        final int index = coins.indexOf(buf, coinAt, coinEnd - coinAt);
        if (index == CoinTable.NOT_FOUND)
        {
            return false;
        }
        channel = type;
        coinIndex = index;
        return true;
    }

    /** @return index of the first byte of the string value of the first {@code key}, or -1. */
    private static int valueOf(final byte[] buf, final int from, final int end, final byte[] key)
    {
        final int keyAt = indexOf(buf, from, end, key);
        if (keyAt < 0)
        {
            return -1;
        }
        int i = skipSpace(buf, keyAt + key.length, end);
        if (i >= end || buf[i] != ':')
        {
            return -1;
        }
        i = skipSpace(buf, i + 1, end);
        return i < end && buf[i] == '"' ? i + 1 : -1;
    }

    private static int indexOf(final byte[] buf, final int from, final int end, final byte[] key)
    {
        final int last = end - key.length;
        outer:
        for (int i = from; i <= last; i++)
        {
            for (int k = 0; k < key.length; k++)
            {
                if (buf[i + k] != key[k])
                {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int skipSpace(final byte[] buf, final int from, final int end)
    {
        int i = from;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
        {
            i++;
        }
        return i;
    }

    private static int closingQuote(final byte[] buf, final int from, final int end)
    {
        for (int i = from; i < end; i++)
        {
            if (buf[i] == '"')
            {
                return i;
            }
            if (buf[i] == '\\')
            {
                return -1;
            }
        }
        return -1;
    }

    private static boolean equals(final byte[] buf, final int from, final int to, final byte[] expected)
    {
        if (to - from != expected.length)
        {
            return false;
        }
        for (int i = 0; i < expected.length; i++)
        {
            if (buf[from + i] != expected[i])
            {
                return false;
            }
        }
        return true;
    }
}
