package dev.spindle.bins;

import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.writer.CaptureProducer;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;
import dev.spindle.hyperliquid.codec.SubscriptionType;
import dev.spindle.hyperliquid.live.HyperliquidTap;

/**
 * Adapts the Hyperliquid handler's {@link HyperliquidTap} to the capture: one {@link CaptureProducer} per producing
 * thread, coin index to session, channel to file ({@code l2Book} → {@code l2book.jsonl}, {@code trades} →
 * {@code trades.jsonl}), reconnects to {@link LedgerKind#RECONNECT} ledger entries placed in the l2book stream.
 */
final class HyperliquidCaptureTap implements HyperliquidTap
{
    private final CaptureWriter writer;
    private final CaptureSession[] sessions;

    /**
     * @param writer   the capture, sessions opened.
     * @param sessions one per coin, in the handler's coin order.
     */
    HyperliquidCaptureTap(final CaptureWriter writer, final List<CaptureSession> sessions)
    {
        this.writer = writer;
        this.sessions = sessions.toArray(new CaptureSession[0]);
    }

    @Override
    public Producer newProducer(final String threadName)
    {
        final CaptureProducer producer = writer.newProducer(threadName);
        return new Producer()
        {
            @Override
            public boolean frame(
                final int coinIndex,
                final SubscriptionType channel,
                final long recvEpochNs,
                final byte[] buf,
                final int offset,
                final int length)
            {
                final FileKind file = channel == SubscriptionType.TRADES ? FileKind.TRADES : FileKind.L2BOOK;
                return producer.frame(sessions[coinIndex], file, recvEpochNs, buf, offset, length);
            }

            @Override
            public boolean reconnect(final int coinIndex, final long epochNs, final CharSequence detail)
            {
                return producer.ledger(
                    sessions[coinIndex], FileKind.L2BOOK, LedgerKind.RECONNECT, -1, -1, epochNs, detail);
            }

            @Override
            public void close()
            {
                producer.close();
            }
        };
    }
}
