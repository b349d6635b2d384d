package dev.spindle.replay.hyperliquid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.DecodeException;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;
import dev.spindle.hyperliquid.codec.Trades;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.TradeSource;

/**
 * The capture's trades of the replayed coin, pulled by trade time from a pass of their own (trades are matched to
 * l2Book snapshots by venue time, so a trade recorded after the snapshot that shows it is still found). Trades seen
 * before, by {@code (coin, time, tid)}, are dropped: the 30 recent trades Hyperliquid replays on every subscribe.
 * The maker side is the opposite of the aggressor's {@code side}. Frames of other coins are skipped unread; frames
 * that fail to decode are counted and skipped. Runs on the replay thread; owns its pass.
 */
final class HyperliquidTradeFeed implements TradeSource, AutoCloseable
{
    private final RecordSource source;
    private final byte[] coinBytes;
    private final FrameDecoder frames;
    private final TradeDeduplicator dedupe = new TradeDeduplicator(1, TradeDeduplicator.DEFAULT_WINDOW_TRADES);
    private Trades trades;
    private int next;
    private boolean ended;
    private long kept;
    private long badFrames;

    /**
     * @param source a pass over frames that may hold trades.
     * @param coin   the replayed coin, as the frames write it.
     */
    HyperliquidTradeFeed(final RecordSource source, final String coin)
    {
        this.source = source;
        this.coinBytes = coin.getBytes(StandardCharsets.UTF_8);
        final CoinTable coins = new CoinTable();
        coins.add(coin);
        this.frames = new FrameDecoder(coins, 20, 64);
    }

    /** @return true if the capture holds at least one trade of the coin (reads ahead to the first one). */
    boolean hasTrades()
    {
        return peek();
    }

    @Override
    public void drainUntil(final long untilMs, final TradeHandler handler)
    {
        while (peek())
        {
            final long timeMs = trades.time(next);
            if (timeMs > untilMs)
            {
                return;
            }
            final Side makerSide = trades.side(next) == Trades.BUY ? Side.ASK : Side.BID;
            handler.onTrade(makerSide, trades.px(next), trades.sz(next), timeMs);
            next++;
        }
    }

    /** @return distinct trades handed out or pending. */
    long trades()
    {
        return kept;
    }

    /** @return trades dropped as repeats (the replay sent on subscribe). */
    long duplicates()
    {
        return dedupe.duplicates() + dedupe.expired();
    }

    /** @return trades frames of the coin that could not be decoded. */
    long badFrames()
    {
        return badFrames;
    }

    @Override
    public void close() throws IOException
    {
        source.close();
    }

    private boolean peek()
    {
        while (true)
        {
            if (trades != null)
            {
                while (next < trades.count() && trades.isDuplicate(next))
                {
                    next++;
                }
                if (next < trades.count())
                {
                    return true;
                }
                trades = null;
            }
            if (ended || !readFrame())
            {
                ended = true;
                return false;
            }
        }
    }

    private boolean readFrame()
    {
        try
        {
            while (source.next())
            {
                final byte[] buf = source.buffer();
                final int off = source.offset();
                final int len = source.length();
                if (FrameCoin.compare(buf, off, len, coinBytes) != FrameCoin.MATCH)
                {
                    continue;
                }
                try
                {
                    if (frames.decode(buf, off, len) != FrameType.TRADES)
                    {
                        continue;
                    }
                }
                catch (final DecodeException ex)
                {
                    badFrames++;
                    continue;
                }
                trades = frames.trades();
                next = 0;
                kept += dedupe.markDuplicates(trades);
                return true;
            }
            return false;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("reading trades: " + ex.getMessage(), ex);
        }
    }
}
