package dev.spindle.bins;

/**
 * Entry point of {@code spindle-hyperliquid.jar}: runs {@link HyperliquidCommand} ({@code spindle hyperliquid})
 * alone, e.g. {@code java -jar spindle-hyperliquid.jar --coins BTC,ETH --idle spin --core 2}.
 */
public final class HyperliquidMain
{
    private HyperliquidMain()
    {
    }

    /**
     * @param args the flags of {@code spindle hyperliquid}.
     */
    public static void main(final String[] args)
    {
        System.exit(Cli.run(new HyperliquidCommand(), args));
    }
}
