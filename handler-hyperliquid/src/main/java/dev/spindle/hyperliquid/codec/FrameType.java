package dev.spindle.hyperliquid.codec;

/** What a Hyperliquid WebSocket text frame carries, as classified by {@link FrameDecoder}. */
public enum FrameType
{
    /** A complete top-of-book snapshot ({@code l2Book}): {@link FrameDecoder#l2Book()}. */
    L2_BOOK,
    /** One block's trades of a coin, or the replay sent on subscribe: {@link FrameDecoder#trades()}. */
    TRADES,
    /** The echo of a subscribe or unsubscribe request: {@link FrameDecoder#subscriptionResponse()}. */
    SUBSCRIPTION_RESPONSE,
    /** The reply to {@code {"method":"ping"}}: {@code {"channel":"pong"}}, no data. */
    PONG,
    /** The venue refused a request; the connection stays open: {@link FrameDecoder#error()}. */
    ERROR,
    /** The plain-text greeting {@code Websocket connection established.} sent right after connecting. */
    CONNECTION_ESTABLISHED,
    /** A well-formed frame of a channel this kit does not decode ({@code bbo}, {@code allMids}, ...). */
    UNKNOWN
}
