package dev.spindle.replay.l3;

/**
 * How a model that reads trades used them, for the replay summary. Quantities are mantissas at the instrument's
 * quantity scale.
 */
public interface TradeStats
{
    /** @return traded quantity pooled so far. */
    long tradedQty();

    /** @return traded quantity that explained fills. */
    long explainedQty();

    /** @return traded quantity no level change used. */
    long unexplainedQty();

    /** @return trades dropped because they were more than a second older than the first update after them. */
    long staleTrades();
}
