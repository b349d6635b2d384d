package dev.spindle.capture.writer;

import java.util.concurrent.atomic.AtomicLong;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.spsc.PooledChannel;

/**
 * One producing thread's way into the capture: WS reader threads hand over raw frames, the REST snapshot thread
 * hands over snapshot bodies, the engine hands over ledger entries. Obtained off the hot path from
 * {@link CaptureWriter#newProducer(String)}.
 * <p>
 * Each call copies its bytes into a preallocated record of this producer's own SPSC pool and returns at once: no
 * lock, no I/O, no allocation after warm-up (a record's buffer grows only for a frame larger than it has held),
 * and no exception for a full queue or a stopped capture. A call answers false when the message was refused:
 * <ul>
 * <li>queue full: counted ({@link #dropped()}, {@link CaptureCounters#framesDropped()}) and remembered per
 * session and stream; before this producer's next accepted message the capture receives a DROP ledger entry
 * with the count and the receive-time span of the refused frames, so the ledger sits exactly where the lines
 * are missing;</li>
 * <li>capture stopped (closed, or failed on an I/O error): counted in
 * {@link CaptureCounters#refusedAfterStop()}.</li>
 * </ul>
 * Threading: one producing thread at a time (single producer). Handing a producer to another thread needs a
 * happens-before edge, such as {@link Thread#start()} or {@link Thread#join()}. {@link #dropped()} may be read
 * from any thread.
 */
public final class CaptureProducer implements AutoCloseable
{
    private final String name;
    private final Object owner;
    private final PooledChannel<CaptureRecord> channel;
    private final CaptureStatus status;
    private final CaptureCounters counters;
    private final long[] pendingCount;
    private final long[] pendingFirstNs;
    private final long[] pendingLastNs;
    private final AtomicLong dropped = new AtomicLong();
    private int pendingSlots;
    private volatile boolean closed;

    CaptureProducer(
        final String name,
        final Object owner,
        final int capacity,
        final int sessionCount,
        final CaptureStatus status,
        final CaptureCounters counters)
    {
        this.name = name;
        this.owner = owner;
        this.channel = new PooledChannel<>(capacity, CaptureRecord::new);
        this.status = status;
        this.counters = counters;
        this.pendingCount = new long[sessionCount * CaptureRecord.SLOTS];
        this.pendingFirstNs = new long[pendingCount.length];
        this.pendingLastNs = new long[pendingCount.length];
    }

    /**
     * Captures one raw frame as one line of {@code kind}'s file.
     *
     * @param session     the symbol's session.
     * @param kind        the stream.
     * @param recvEpochNs receive time, epoch nanoseconds, stamped by the reader thread.
     * @param buf         frame bytes, copied before return.
     * @param offset      first byte.
     * @param length      number of bytes.
     * @return true when queued, false when refused (counted; see the class comment).
     */
    public boolean frame(
        final CaptureSession session,
        final FileKind kind,
        final long recvEpochNs,
        final byte[] buf,
        final int offset,
        final int length)
    {
        final int slot = slot(session, kind.ordinal());
        final CaptureRecord record = claim(slot, recvEpochNs);
        if (null == record)
        {
            return false;
        }
        record.type = CaptureRecord.FRAME;
        record.session = session.index();
        record.slot = kind.ordinal();
        record.epochNs = recvEpochNs;
        record.copy(buf, offset, length);
        channel.publish(record);
        return true;
    }

    /**
     * Captures a REST snapshot body: the session's first becomes {@code snapshot.json}, later ones
     * {@code checkpoints/<lastUpdateId>.json}.
     *
     * @param session      the symbol's session.
     * @param lastUpdateId the snapshot's lastUpdateId (or the venue's equivalent id), which names the file.
     * @param recvEpochNs  receive time of the response, epoch nanoseconds.
     * @param buf          body bytes, copied before return.
     * @param offset       first byte.
     * @param length       number of bytes.
     * @return true when queued, false when refused (counted).
     */
    public boolean snapshot(
        final CaptureSession session,
        final long lastUpdateId,
        final long recvEpochNs,
        final byte[] buf,
        final int offset,
        final int length)
    {
        final int slot = slot(session, CaptureRecord.SNAPSHOT_SLOT);
        final CaptureRecord record = claim(slot, recvEpochNs);
        if (null == record)
        {
            return false;
        }
        record.type = CaptureRecord.SNAPSHOT;
        record.session = session.index();
        record.slot = CaptureRecord.SNAPSHOT_SLOT;
        record.epochNs = recvEpochNs;
        record.id = lastUpdateId;
        record.copy(buf, offset, length);
        channel.publish(record);
        return true;
    }

    /**
     * Adds a gap-ledger entry to the session's {@code metadata.json}.
     *
     * @param session the symbol's session.
     * @param file    the stream whose position the entry marks (its current line count is recorded), or null.
     * @param kind    what happened.
     * @param fromId  first id concerned (for a gap: first missing id), -1 when unknown.
     * @param toId    last id concerned (for a gap: last missing id), -1 when unknown.
     * @param epochNs when it happened.
     * @param detail  short free text, cut at 200 characters; copied before return, may be null.
     * @return true when queued, false when refused (counted).
     */
    public boolean ledger(
        final CaptureSession session,
        final FileKind file,
        final LedgerKind kind,
        final long fromId,
        final long toId,
        final long epochNs,
        final CharSequence detail)
    {
        final int slot = slot(session, CaptureRecord.LEDGER_SLOT);
        final CaptureRecord record = claim(slot, epochNs);
        if (null == record)
        {
            return false;
        }
        record.type = CaptureRecord.LEDGER;
        record.session = session.index();
        record.slot = null == file ? -1 : file.ordinal();
        record.ledgerKind = kind;
        record.fromId = fromId;
        record.toId = toId;
        record.epochNs = epochNs;
        record.detail(detail);
        channel.publish(record);
        return true;
    }

    /** @return messages this producer had refused because its queue was full. Any thread. */
    public long dropped()
    {
        return dropped.get();
    }

    /** @return the name given at creation, used in ledger details. */
    public String name()
    {
        return name;
    }

    /**
     * Retires this producer: the capture thread writes what is queued, records the drops not yet in the ledger,
     * and forgets it. Call from the producing thread or after it ended. Idempotent.
     */
    @Override
    public void close()
    {
        closed = true;
    }

    boolean isClosed()
    {
        return closed;
    }

    PooledChannel<CaptureRecord> channel()
    {
        return channel;
    }

    /**
     * Capture thread: hands the drops not yet sent as DROP records over, and clears them. Exact once the
     * producer is closed; approximate while its thread still runs.
     */
    void takePendingDrops(final PendingDropHandler handler)
    {
        for (int i = 0; i < pendingCount.length; i++)
        {
            final long count = pendingCount[i];
            if (count > 0)
            {
                handler.onPendingDrop(
                    i / CaptureRecord.SLOTS, i % CaptureRecord.SLOTS, count, pendingFirstNs[i], pendingLastNs[i]);
                pendingCount[i] = 0;
            }
        }
        pendingSlots = 0;
    }

    private int slot(final CaptureSession session, final int kindSlot)
    {
        if (session.owner() != owner)
        {
            throw new IllegalArgumentException("session " + session + " belongs to another capture writer");
        }
        return session.index() * CaptureRecord.SLOTS + kindSlot;
    }

    private CaptureRecord claim(final int slot, final long epochNs)
    {
        if (status.isStopped())
        {
            counters.addRefusedAfterStop();
            return null;
        }
        if (0 != pendingSlots && !sendPendingDrops())
        {
            refuse(slot, epochNs);
            return null;
        }
        final CaptureRecord record = channel.claim();
        if (null == record)
        {
            refuse(slot, epochNs);
        }
        return record;
    }

    private void refuse(final int slot, final long epochNs)
    {
        if (0 == pendingCount[slot])
        {
            pendingSlots++;
            pendingFirstNs[slot] = epochNs;
        }
        pendingCount[slot]++;
        pendingLastNs[slot] = epochNs;
        dropped.lazySet(dropped.get() + 1);
        counters.addDropped();
    }

    private boolean sendPendingDrops()
    {
        for (int i = 0; i < pendingCount.length && 0 != pendingSlots; i++)
        {
            if (0 == pendingCount[i])
            {
                continue;
            }
            final CaptureRecord record = channel.claim();
            if (null == record)
            {
                return false;
            }
            record.type = CaptureRecord.DROP;
            record.session = i / CaptureRecord.SLOTS;
            record.slot = i % CaptureRecord.SLOTS;
            record.count = pendingCount[i];
            record.epochNs = pendingFirstNs[i];
            record.endEpochNs = pendingLastNs[i];
            channel.publish(record);
            pendingCount[i] = 0;
            pendingSlots--;
        }
        return true;
    }

    /** Receives drops that never made it into a DROP record. */
    @FunctionalInterface
    interface PendingDropHandler
    {
        void onPendingDrop(int session, int slot, long count, long firstEpochNs, long lastEpochNs);
    }
}
