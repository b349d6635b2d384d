package dev.spindle.binance.codec;

/** What a Binance market-stream text frame carries, as classified by {@link FrameDecoder}. */
public enum FrameType
{
    /** A diff-depth event ({@code depthUpdate}): {@link FrameDecoder#depthUpdate()}. */
    DEPTH,
    /** A trade: {@link FrameDecoder#trade()}. */
    TRADE,
    /** An aggregated trade: {@link FrameDecoder#aggTrade()}. */
    AGG_TRADE,
    /** Best bid/ask: {@link FrameDecoder#bookTicker()}. */
    BOOK_TICKER,
    /** A reply to SUBSCRIBE and other control requests, or an error reply: {@link FrameDecoder#reply()}. */
    RESULT,
    /** The server will close the connection: {@link FrameDecoder#serverShutdown()}. */
    SERVER_SHUTDOWN,
    /** A well-formed frame of a kind this kit does not decode (klines, partial depth, mark price, ...). */
    UNKNOWN
}
