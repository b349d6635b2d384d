package dev.spindle.bins;

import java.util.List;

import dev.spindle.binance.live.BinanceStream;
import dev.spindle.binance.live.FrameTap;
import dev.spindle.capture.CheckpointSchedule;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.writer.CaptureProducer;
import dev.spindle.capture.writer.CaptureSession;
import dev.spindle.capture.writer.CaptureWriter;

/**
 * Adapts the Binance handler's {@link FrameTap} to the capture: one {@link CaptureProducer} per producing thread,
 * symbol index to session, stream to file ({@code depth} → {@code diffs.jsonl}, {@code trade} →
 * {@code trades.jsonl}, {@code bookTicker} → {@code bookticker.jsonl}), ledger events to ledger kinds, and the
 * checkpoint schedule ({@code --checkpoint-interval}) for the snapshot thread.
 */
final class CaptureTap implements FrameTap
{
    private final CaptureWriter writer;
    private final CaptureSession[] sessions;
    private final CheckpointSchedule schedule;

    /**
     * @param writer       the capture, sessions opened.
     * @param sessions     one per symbol, in the handler's symbol order.
     * @param startEpochMs the first checkpoint is due one interval after this.
     */
    CaptureTap(final CaptureWriter writer, final List<CaptureSession> sessions, final long startEpochMs)
    {
        this.writer = writer;
        this.sessions = sessions.toArray(new CaptureSession[0]);
        this.schedule = new CheckpointSchedule(writer.config().checkpointIntervalMs(), startEpochMs);
    }

    @Override
    public Producer newProducer(final String threadName)
    {
        return new TapProducer(writer.newProducer(threadName), sessions);
    }

    @Override
    public boolean isCheckpointDue(final long nowEpochMs)
    {
        return schedule.isDue(nowEpochMs);
    }

    private static final class TapProducer implements Producer
    {
        private final CaptureProducer producer;
        private final CaptureSession[] sessions;

        TapProducer(final CaptureProducer producer, final CaptureSession[] sessions)
        {
            this.producer = producer;
            this.sessions = sessions;
        }

        @Override
        public boolean frame(
            final int symbolIndex,
            final BinanceStream stream,
            final long recvEpochNs,
            final byte[] buf,
            final int offset,
            final int length)
        {
            return producer.frame(sessions[symbolIndex], fileOf(stream), recvEpochNs, buf, offset, length);
        }

        @Override
        public boolean snapshot(
            final int symbolIndex,
            final long lastUpdateId,
            final long recvEpochNs,
            final byte[] buf,
            final int offset,
            final int length)
        {
            return producer.snapshot(sessions[symbolIndex], lastUpdateId, recvEpochNs, buf, offset, length);
        }

        @Override
        public boolean ledger(
            final int symbolIndex,
            final LedgerEvent event,
            final long fromId,
            final long toId,
            final long epochNs,
            final CharSequence detail)
        {
            return producer.ledger(sessions[symbolIndex], FileKind.DIFFS, kindOf(event), fromId, toId, epochNs, detail);
        }

        @Override
        public void close()
        {
            producer.close();
        }

        private static FileKind fileOf(final BinanceStream stream)
        {
            switch (stream)
            {
                case TRADE:
                    return FileKind.TRADES;
                case BOOK_TICKER:
                    return FileKind.BOOK_TICKER;
                default:
                    return FileKind.DIFFS;
            }
        }

        private static LedgerKind kindOf(final LedgerEvent event)
        {
            switch (event)
            {
                case GAP:
                    return LedgerKind.GAP;
                case RESYNC:
                    return LedgerKind.RESYNC;
                default:
                    return LedgerKind.RECONNECT;
            }
        }
    }
}
