package dev.spindle.replay.l3;

import java.util.List;

/**
 * Builds an L3 model by the name {@code --model} takes, so every tool that runs a model over an L2 feed (replay,
 * scoring) builds the same code.
 */
public final class Models
{
    /** The model names, in the order they are listed in help and tables. */
    public static final List<String> NAMES = List.of("fifo", "trades", "prob", "front");

    /** The model a replay uses when the feed has trades and none is asked for. */
    public static final String DEFAULT_WITH_TRADES = "front";

    private Models()
    {
    }

    /**
     * @param name       one of {@link #NAMES}.
     * @param priceTicks converts prices to ticks.
     * @param sink       receives every event.
     * @param trades     the feed's trades; {@code fifo} ignores them.
     * @return a new model.
     * @throws IllegalArgumentException if no model has that name.
     */
    public static L3Model create(
        final String name, final PriceTicks priceTicks, final EventSink sink, final TradeSource trades)
    {
        switch (name)
        {
            case "fifo":
                return new FifoModel(priceTicks, sink);
            case "trades":
                return new TradesModel(priceTicks, sink, trades);
            case "prob":
                return new ProbQueueModel(priceTicks, sink, trades);
            case "front":
                return new FrontModel(priceTicks, sink, trades);
            default:
                throw new IllegalArgumentException("no L3 model '" + name + "'; expected one of " + NAMES);
        }
    }
}
