package dev.spindle.engine.feed.ws;

/**
 * Where a {@link WsConnection}'s reading thread hands every text frame: the venue's router and gate (or pipe).
 * One implementation per venue, so that the call stays monomorphic on the per-frame path.
 */
public interface FrameSink
{
    /**
     * Take one text frame, already stamped. Runs on the connection's reading thread: must not allocate after
     * warm-up nor block. The bytes are only valid during the call.
     *
     * @param connection  the connection it came on; {@link WsConnection#noticeShutdown()} flags a venue notice.
     * @param buf         frame bytes.
     * @param offset      first byte.
     * @param length      bytes.
     * @param recvNs      monotonic receive time.
     * @param recvEpochNs wall-clock receive time.
     * @return true if the frame counts as data ({@link WsConnection#dataFrames()}).
     */
    boolean onFrame(
        WsConnection connection, byte[] buf, int offset, int length, long recvNs, long recvEpochNs);

    /**
     * A text frame longer than the connection's {@code maxFrameBytes} was refused unread: count it. Reading
     * thread; rare, so it may take a lock.
     *
     * @param connection the connection it came on.
     * @param length     its length in bytes.
     */
    void onOversized(WsConnection connection, int length);
}
