package dev.spindle.hyperliquid.codec;

import java.nio.charset.StandardCharsets;

/** Test helpers: a coin table and frames as bytes. */
final class Frames
{
    private Frames()
    {
    }

    /** BTC (index 0), DYDX (index 1) and kPEPE (index 2), at the kit's 8/8 scales. */
    static CoinTable coins()
    {
        final CoinTable coins = new CoinTable();
        coins.add("BTC");
        coins.add("DYDX");
        coins.add("kPEPE");
        return coins;
    }

    static byte[] bytes(final String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a level as the archive writes it. */
    static String level(final String px, final String sz, final int n)
    {
        return "{\"px\":\"" + px + "\",\"sz\":\"" + sz + "\",\"n\":" + n + "}";
    }
}
