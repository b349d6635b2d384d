package dev.spindle.hyperliquid.codec;

/** The {@code subscription.type} of a {@code subscriptionResponse}. */
public enum SubscriptionType
{
    /** {@code l2Book}. */
    L2_BOOK,
    /** {@code trades}. */
    TRADES,
    /** Any other type ({@code bbo}, {@code allMids}, user channels, ...). */
    OTHER
}
