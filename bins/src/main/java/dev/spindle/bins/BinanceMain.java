package dev.spindle.bins;

/**
 * Entry point of {@code spindle-binance.jar}: runs {@link BinanceCommand} ({@code spindle binance}) alone, e.g.
 * {@code java -jar spindle-binance.jar --symbols btcusdt,ethusdt --idle spin --core 2}.
 */
public final class BinanceMain
{
    private BinanceMain()
    {
    }

    /**
     * @param args the flags of {@code spindle binance}.
     */
    public static void main(final String[] args)
    {
        System.exit(Cli.run(new BinanceCommand(), args));
    }
}
