package dev.spindle.capture.writer;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;

/**
 * A preallocated, recycled message from a producer thread to the capture thread. Filled in place by
 * {@link CaptureProducer}; read by the capture thread inside the drain callback only.
 */
final class CaptureRecord
{
    static final int FRAME = 1;
    static final int SNAPSHOT = 2;
    static final int LEDGER = 3;
    static final int DROP = 4;

    /** Drop slots per session: one per stream, then snapshots, then ledger entries. */
    static final int SNAPSHOT_SLOT = FileKind.count();
    static final int LEDGER_SLOT = FileKind.count() + 1;
    static final int SLOTS = FileKind.count() + 2;

    static final int INITIAL_FRAME_BYTES = 1024;
    static final int MAX_DETAIL_CHARS = 200;

    int type;
    int session;
    int slot;
    long epochNs;
    long endEpochNs;
    long id;
    long fromId;
    long toId;
    long count;
    LedgerKind ledgerKind;
    byte[] data = new byte[INITIAL_FRAME_BYTES];
    int length;
    final StringBuilder detail = new StringBuilder(MAX_DETAIL_CHARS);

    /** Copies a frame in, growing the buffer only for a frame larger than any seen by this record. */
    void copy(final byte[] buf, final int offset, final int length)
    {
        if (length > data.length)
        {
            data = new byte[Math.max(length, data.length << 1)];
        }
        System.arraycopy(buf, offset, data, 0, length);
        this.length = length;
    }

    void detail(final CharSequence text)
    {
        detail.setLength(0);
        if (null != text)
        {
            final int n = Math.min(text.length(), MAX_DETAIL_CHARS);
            for (int i = 0; i < n; i++)
            {
                detail.append(text.charAt(i));
            }
        }
    }

    static String slotName(final int slot)
    {
        if (SNAPSHOT_SLOT == slot)
        {
            return "snapshot";
        }
        if (LEDGER_SLOT == slot)
        {
            return "ledger";
        }
        return FileKind.of(slot).baseName();
    }
}
