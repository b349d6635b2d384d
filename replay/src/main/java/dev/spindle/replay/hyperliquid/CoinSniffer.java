package dev.spindle.replay.hyperliquid;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.input.RecordSource;

/**
 * Finds, before the replay starts, the coin to replay: the first l2Book frame's coin, or the wanted one
 * ({@code --symbol}, else the session's declared symbol) if the capture holds l2Book frames of it. A capture that
 * holds none fails with one line naming the coins it does hold.
 */
final class CoinSniffer
{
    private CoinSniffer()
    {
    }

    /**
     * @param source a fresh depth pass; read up to the first matching l2Book frame (to the end if none), then closed.
     * @param wanted the coin asked for, or null for the first one; matched exactly, else ignoring case.
     * @param what   the capture, for the error message.
     * @return the coin as the frames write it.
     * @throws ReplayException if the capture holds no l2Book frame (of that coin).
     */
    static String sniff(final RecordSource source, final String wanted, final String what) throws IOException
    {
        final Set<String> seen = new TreeSet<>();
        try (source)
        {
            while (source.next())
            {
                final byte[] buf = source.buffer();
                final int off = source.offset();
                final int len = source.length();
                if (!FrameCoin.isL2Book(buf, off, len))
                {
                    continue;
                }
                final String coin = FrameCoin.coinOf(buf, off, len);
                if (coin == null)
                {
                    continue;
                }
                if (wanted == null || wanted.equals(coin) || wanted.equalsIgnoreCase(coin))
                {
                    return coin;
                }
                seen.add(coin);
            }
        }
        if (seen.isEmpty())
        {
            throw new ReplayException("no l2Book frames" + (wanted == null ? "" : " of " + wanted) + " in " + what);
        }
        throw new ReplayException("no l2Book frames of " + wanted + " in " + what + ": it holds " +
            String.join(", ", seen) + " (choose with --symbol)");
    }
}
