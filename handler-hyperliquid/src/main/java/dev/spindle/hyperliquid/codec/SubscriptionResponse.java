package dev.spindle.hyperliquid.codec;

/**
 * A decoded {@code subscriptionResponse}: the venue's echo of a subscribe or unsubscribe request,
 * {@code {"method":"subscribe","subscription":{"type":"l2Book","coin":"BTC","nSigFigs":null,"mantissa":null}}}.
 * Data frames of the subscription follow it. Reusable storage owned by {@link FrameDecoder}; not thread safe.
 */
public final class SubscriptionResponse
{
    /** Value of {@link #nSigFigs()} and {@link #mantissa()} when absent or {@code null} (full precision). */
    public static final int NOT_SET = 0;

    boolean subscribe;
    SubscriptionType type = SubscriptionType.OTHER;
    int coinIndex = CoinTable.NOT_FOUND;
    int nSigFigs;
    int mantissa;

    void clear()
    {
        subscribe = false;
        type = SubscriptionType.OTHER;
        coinIndex = CoinTable.NOT_FOUND;
        nSigFigs = NOT_SET;
        mantissa = NOT_SET;
    }

    /** @return true for {@code "method":"subscribe"}, false for {@code "unsubscribe"}. */
    public boolean isSubscribe()
    {
        return subscribe;
    }

    /** @return {@code subscription.type}. */
    public SubscriptionType type()
    {
        return type;
    }

    /**
     * @return index of {@code subscription.coin} in the {@link CoinTable}; {@link CoinTable#NOT_FOUND} when the
     * subscription has no coin or names one that is not registered.
     */
    public int coinIndex()
    {
        return coinIndex;
    }

    /** @return {@code subscription.nSigFigs} (2 to 5), or {@link #NOT_SET}. */
    public int nSigFigs()
    {
        return nSigFigs;
    }

    /** @return {@code subscription.mantissa} (1, 2 or 5, only with 5 significant figures), or {@link #NOT_SET}. */
    public int mantissa()
    {
        return mantissa;
    }

    @Override
    public String toString()
    {
        return "SubscriptionResponse[" + (subscribe ? "subscribe " : "unsubscribe ") + type + " coin#" + coinIndex +
            " nSigFigs=" + nSigFigs + " mantissa=" + mantissa + "]";
    }
}
