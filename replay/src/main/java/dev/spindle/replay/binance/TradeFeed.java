package dev.spindle.replay.binance;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.spindle.binance.codec.AggTrade;
import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.codec.Trade;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.input.RecordKind;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.TradeSource;

/**
 * The capture's trades ({@code @trade}, or {@code @aggTrade}) of the replayed symbol, pulled by trade time for the
 * {@link dev.spindle.replay.l3.TradesModel} from a pass of their own: trades are matched to diffs by exchange
 * time, so a trade recorded after the diff it explains is still found. Runs on the replay thread; owns its pass.
 */
final class TradeFeed implements TradeSource, AutoCloseable
{
    private final RecordSource source;
    private final FrameDecoder frames;
    private final byte[] upperSymbol;
    private boolean pending;
    private boolean ended;
    private Side makerSide;
    private long price;
    private long qty;
    private long timeMs;
    private long lastTradeId = -1;
    private long trades;
    private long idGaps;
    private long badFrames;

    /**
     * @param source      a pass over frames that may hold trades.
     * @param symbols     holds the replayed instrument (only).
     */
    TradeFeed(final RecordSource source, final SymbolTable symbols)
    {
        this.source = source;
        this.frames = new FrameDecoder(symbols, 64);
        this.upperSymbol = symbols.instrument(0).symbol().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** @return true if the capture holds at least one trade of the symbol (reads ahead to the first one). */
    boolean hasTrades()
    {
        return pending || readNext();
    }

    @Override
    public void drainUntil(final long untilMs, final TradeHandler handler)
    {
        while (pending || readNext())
        {
            if (timeMs > untilMs)
            {
                return;
            }
            pending = false;
            handler.onTrade(makerSide, price, qty, timeMs);
        }
    }

    /** @return trades handed out or pending. */
    long trades()
    {
        return trades;
    }

    /** @return jumps in trade ids ({@code t} is contiguous on spot, so a jump means lost trades). */
    long idGaps()
    {
        return idGaps;
    }

    /** @return trade frames that could not be decoded (skipped). */
    long badFrames()
    {
        return badFrames;
    }

    @Override
    public void close() throws IOException
    {
        source.close();
    }

    private boolean readNext()
    {
        if (ended)
        {
            return false;
        }
        try
        {
            while (source.next())
            {
                if (source.kind() == RecordKind.FRAME && take())
                {
                    pending = true;
                    trades++;
                    return true;
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("reading trades: " + ex.getMessage(), ex);
        }
        ended = true;
        return false;
    }

    private boolean take()
    {
        final byte[] buf = source.buffer();
        final int off = source.offset();
        final int len = source.length();
        if (StreamName.isOtherSymbol(buf, off, len, upperSymbol))
        {
            return false;
        }
        try
        {
            final FrameType type = frames.classify(buf, off, len);
            if (type == FrameType.TRADE)
            {
                frames.decode(buf, off, len);
                final Trade trade = frames.trade();
                if (lastTradeId >= 0 && trade.t() != lastTradeId + 1)
                {
                    idGaps++;
                }
                lastTradeId = trade.t();
                set(trade.m(), trade.p(), trade.q(), trade.T());
                return true;
            }
            if (type == FrameType.AGG_TRADE)
            {
                frames.decode(buf, off, len);
                final AggTrade trade = frames.aggTrade();
                set(trade.m(), trade.p(), trade.q(), trade.T());
                return true;
            }
        }
        catch (final DecodeException ex)
        {
            badFrames++;
        }
        return false;
    }

    private void set(final boolean buyerIsMaker, final long price, final long qty, final long timeMs)
    {
        this.makerSide = buyerIsMaker ? Side.BID : Side.ASK;
        this.price = price;
        this.qty = qty;
        this.timeMs = timeMs;
    }
}
