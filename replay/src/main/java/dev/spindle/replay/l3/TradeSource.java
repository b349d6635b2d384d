package dev.spindle.replay.l3;

/**
 * Supplies a capture's trades in trade-time order to the {@link TradesModel}, on the replay thread.
 */
public interface TradeSource
{
    /** Receives one trade. */
    @FunctionalInterface
    interface TradeHandler
    {
        /**
         * @param makerSide   side of the resting order that traded (Binance: bid when the buyer was the maker).
         * @param price       price mantissa at the instrument's price scale.
         * @param qty         quantity mantissa at the instrument's quantity scale.
         * @param tradeTimeMs the trade's exchange time, ms.
         */
        void onTrade(dev.spindle.engine.book.Side makerSide, long price, long qty, long tradeTimeMs);
    }

    /**
     * Hand every trade not yet handed out whose trade time is at or before {@code timeMs} to {@code handler}.
     *
     * @param timeMs  exchange time of the diff about to be explained, ms.
     * @param handler receives the trades, oldest first.
     */
    void drainUntil(long timeMs, TradeHandler handler);
}
