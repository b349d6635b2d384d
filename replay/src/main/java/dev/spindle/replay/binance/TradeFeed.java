package dev.spindle.replay.binance;

import dev.spindle.binance.codec.AggTrade;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.codec.Trade;
import dev.spindle.engine.book.Side;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.TradeSource;

/**
 * The capture's trades ({@code @trade}, or {@code @aggTrade}) of the replayed symbol, pulled by trade time for the
 * {@link dev.spindle.replay.l3.TradesModel} from a pass of their own: trades are matched to diffs by exchange
 * time, so a trade recorded after the diff it explains is still found.
 */
final class TradeFeed extends FramePass implements TradeSource
{
    private Side makerSide;
    private long price;
    private long qty;
    private long timeMs;
    private long lastTradeId = -1;
    private long idGaps;

    /**
     * @param source  a pass over frames that may hold trades.
     * @param symbols holds the replayed instrument (only).
     */
    TradeFeed(final RecordSource source, final SymbolTable symbols)
    {
        super(source, symbols, "trades");
    }

    /** @return true if the capture holds at least one trade of the symbol (reads ahead to the first one). */
    boolean hasTrades()
    {
        return peek();
    }

    @Override
    public void drainUntil(final long untilMs, final TradeHandler handler)
    {
        while (peek())
        {
            if (timeMs > untilMs)
            {
                return;
            }
            consume();
            handler.onTrade(makerSide, price, qty, timeMs);
        }
    }

    /** @return trades handed out or pending. */
    long trades()
    {
        return kept();
    }

    /** @return jumps in trade ids ({@code t} is contiguous on spot, so a jump means lost trades). */
    long idGaps()
    {
        return idGaps;
    }

    @Override
    boolean take(final byte[] buf, final int off, final int len)
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
